/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ min: NonNullable<unknown>, max: NonNullable<unknown> }} Formrange1Inputs */

const en_formrange1 = /** @type {(inputs: Formrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Number of people must be between ${i?.min} and ${i?.max}`)
};

const es_formrange1 = /** @type {(inputs: Formrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El número de personas debe estar entre ${i?.min} y ${i?.max}`)
};

const fr_formrange1 = /** @type {(inputs: Formrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le nombre de personnes doit être compris entre ${i?.min} et ${i?.max}`)
};

/**
* | output |
* | --- |
* | "Number of people must be between {min} and {max}" |
*
* @param {Formrange1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formrange1 = /** @type {((inputs: Formrange1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formrange1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formrange1(inputs)
	if (locale === "fr") return fr_formrange1(inputs)
	return en_formrange1(inputs)
});
export { formrange1 as "formRange" }