/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formwholenumber2Inputs */

const en_formwholenumber2 = /** @type {(inputs: Formwholenumber2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Number of people must be a whole number, like 20`)
};

const es_formwholenumber2 = /** @type {(inputs: Formwholenumber2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El número de personas debe ser un número entero, como 20`)
};

const fr_formwholenumber2 = /** @type {(inputs: Formwholenumber2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le nombre de personnes doit être un nombre entier, comme 20`)
};

/**
* | output |
* | --- |
* | "Number of people must be a whole number, like 20" |
*
* @param {Formwholenumber2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formwholenumber2 = /** @type {((inputs?: Formwholenumber2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formwholenumber2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formwholenumber2(inputs)
	if (locale === "fr") return fr_formwholenumber2(inputs)
	return en_formwholenumber2(inputs)
});
export { formwholenumber2 as "formWholeNumber" }