/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formrequiredmessage2Inputs */

const en_formrequiredmessage2 = /** @type {(inputs: Formrequiredmessage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your message`)
};

const es_formrequiredmessage2 = /** @type {(inputs: Formrequiredmessage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escriba su mensaje`)
};

const fr_formrequiredmessage2 = /** @type {(inputs: Formrequiredmessage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Écrivez votre message`)
};

/**
* | output |
* | --- |
* | "Enter your message" |
*
* @param {Formrequiredmessage2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formrequiredmessage2 = /** @type {((inputs?: Formrequiredmessage2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formrequiredmessage2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formrequiredmessage2(inputs)
	if (locale === "fr") return fr_formrequiredmessage2(inputs)
	return en_formrequiredmessage2(inputs)
});
export { formrequiredmessage2 as "formRequiredMessage" }