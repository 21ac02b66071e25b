/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formrequiredaudience2Inputs */

const en_formrequiredaudience2 = /** @type {(inputs: Formrequiredaudience2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter who the training is for`)
};

const es_formrequiredaudience2 = /** @type {(inputs: Formrequiredaudience2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escriba para quién es la capacitación`)
};

const fr_formrequiredaudience2 = /** @type {(inputs: Formrequiredaudience2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indiquez à qui s’adresse la formation`)
};

/**
* | output |
* | --- |
* | "Enter who the training is for" |
*
* @param {Formrequiredaudience2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formrequiredaudience2 = /** @type {((inputs?: Formrequiredaudience2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formrequiredaudience2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formrequiredaudience2(inputs)
	if (locale === "fr") return fr_formrequiredaudience2(inputs)
	return en_formrequiredaudience2(inputs)
});
export { formrequiredaudience2 as "formRequiredAudience" }