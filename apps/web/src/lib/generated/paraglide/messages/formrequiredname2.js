/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formrequiredname2Inputs */

const en_formrequiredname2 = /** @type {(inputs: Formrequiredname2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your name`)
};

const es_formrequiredname2 = /** @type {(inputs: Formrequiredname2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escriba su nombre`)
};

const fr_formrequiredname2 = /** @type {(inputs: Formrequiredname2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indiquez votre nom`)
};

/**
* | output |
* | --- |
* | "Enter your name" |
*
* @param {Formrequiredname2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formrequiredname2 = /** @type {((inputs?: Formrequiredname2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formrequiredname2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formrequiredname2(inputs)
	if (locale === "fr") return fr_formrequiredname2(inputs)
	return en_formrequiredname2(inputs)
});
export { formrequiredname2 as "formRequiredName" }