/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Errortext1Inputs */

const en_errortext1 = /** @type {(inputs: Errortext1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please try again in a few minutes. If you need help now, contact the hotline above.`)
};

const es_errortext1 = /** @type {(inputs: Errortext1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelva a intentarlo en unos minutos. Si necesita ayuda ahora, contacte la línea de ayuda de arriba.`)
};

const fr_errortext1 = /** @type {(inputs: Errortext1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Réessayez dans quelques minutes. Si vous avez besoin d’aide maintenant, contactez la ligne d’aide ci-dessus.`)
};

/**
* | output |
* | --- |
* | "Please try again in a few minutes. If you need help now, contact the hotline above." |
*
* @param {Errortext1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const errortext1 = /** @type {((inputs?: Errortext1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errortext1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_errortext1(inputs)
	if (locale === "fr") return fr_errortext1(inputs)
	return en_errortext1(inputs)
});
export { errortext1 as "errorText" }