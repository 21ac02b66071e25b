/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formunavailable1Inputs */

const en_formunavailable1 = /** @type {(inputs: Formunavailable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`We could not send this just now. Nothing you typed is lost: please try again in a few minutes. If you need help now, contact the hotline above.`)
};

const es_formunavailable1 = /** @type {(inputs: Formunavailable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No pudimos enviar esto ahora. No se perdió nada de lo que escribió: vuelva a intentarlo en unos minutos. Si necesita ayuda ahora, contacte la línea de ayuda de arriba.`)
};

const fr_formunavailable1 = /** @type {(inputs: Formunavailable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nous n’avons pas pu envoyer ceci pour l’instant. Rien de ce que vous avez tapé n’est perdu : réessayez dans quelques minutes. Si vous avez besoin d’aide maintenant, contactez la ligne d’aide ci-dessus.`)
};

/**
* | output |
* | --- |
* | "We could not send this just now. Nothing you typed is lost: please try again in a few minutes. If you need help now, contact the hotline above." |
*
* @param {Formunavailable1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formunavailable1 = /** @type {((inputs?: Formunavailable1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formunavailable1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formunavailable1(inputs)
	if (locale === "fr") return fr_formunavailable1(inputs)
	return en_formunavailable1(inputs)
});
export { formunavailable1 as "formUnavailable" }