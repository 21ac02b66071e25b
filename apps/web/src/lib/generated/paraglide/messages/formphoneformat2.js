/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formphoneformat2Inputs */

const en_formphoneformat2 = /** @type {(inputs: Formphoneformat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter a phone number in the correct format, like 207 555 0100`)
};

const es_formphoneformat2 = /** @type {(inputs: Formphoneformat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escriba un número de teléfono con el formato correcto, como 207 555 0100`)
};

const fr_formphoneformat2 = /** @type {(inputs: Formphoneformat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indiquez un numéro de téléphone au bon format, comme 207 555 0100`)
};

/**
* | output |
* | --- |
* | "Enter a phone number in the correct format, like 207 555 0100" |
*
* @param {Formphoneformat2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formphoneformat2 = /** @type {((inputs?: Formphoneformat2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formphoneformat2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formphoneformat2(inputs)
	if (locale === "fr") return fr_formphoneformat2(inputs)
	return en_formphoneformat2(inputs)
});
export { formphoneformat2 as "formPhoneFormat" }