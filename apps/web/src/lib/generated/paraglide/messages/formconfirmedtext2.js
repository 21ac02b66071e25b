/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formconfirmedtext2Inputs */

const en_formconfirmedtext2 = /** @type {(inputs: Formconfirmedtext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Thank you. You will receive the next Maine STEN e-newsletter. Every newsletter has a link to unsubscribe.`)
};

const es_formconfirmedtext2 = /** @type {(inputs: Formconfirmedtext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gracias. Recibirá el próximo boletín de Maine STEN. Cada boletín trae un enlace para cancelar la suscripción.`)
};

const fr_formconfirmedtext2 = /** @type {(inputs: Formconfirmedtext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Merci. Vous recevrez la prochaine lettre d’information de Maine STEN. Chaque lettre contient un lien pour vous désabonner.`)
};

/**
* | output |
* | --- |
* | "Thank you. You will receive the next Maine STEN e-newsletter. Every newsletter has a link to unsubscribe." |
*
* @param {Formconfirmedtext2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formconfirmedtext2 = /** @type {((inputs?: Formconfirmedtext2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formconfirmedtext2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formconfirmedtext2(inputs)
	if (locale === "fr") return fr_formconfirmedtext2(inputs)
	return en_formconfirmedtext2(inputs)
});
export { formconfirmedtext2 as "formConfirmedText" }