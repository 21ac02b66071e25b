/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formunsubscribedtext2Inputs */

const en_formunsubscribedtext2 = /** @type {(inputs: Formunsubscribedtext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your address is deleted and you will receive nothing more from us.`)
};

const es_formunsubscribedtext2 = /** @type {(inputs: Formunsubscribedtext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Su dirección se borró y no recibirá nada más de nosotros.`)
};

const fr_formunsubscribedtext2 = /** @type {(inputs: Formunsubscribedtext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre adresse a été supprimée et vous ne recevrez plus rien de notre part.`)
};

/**
* | output |
* | --- |
* | "Your address is deleted and you will receive nothing more from us." |
*
* @param {Formunsubscribedtext2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formunsubscribedtext2 = /** @type {((inputs?: Formunsubscribedtext2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formunsubscribedtext2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formunsubscribedtext2(inputs)
	if (locale === "fr") return fr_formunsubscribedtext2(inputs)
	return en_formunsubscribedtext2(inputs)
});
export { formunsubscribedtext2 as "formUnsubscribedText" }