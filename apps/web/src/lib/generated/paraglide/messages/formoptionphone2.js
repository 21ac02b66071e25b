/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formoptionphone2Inputs */

const en_formoptionphone2 = /** @type {(inputs: Formoptionphone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By phone`)
};

const es_formoptionphone2 = /** @type {(inputs: Formoptionphone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Por teléfono`)
};

const fr_formoptionphone2 = /** @type {(inputs: Formoptionphone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Par téléphone`)
};

/**
* | output |
* | --- |
* | "By phone" |
*
* @param {Formoptionphone2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formoptionphone2 = /** @type {((inputs?: Formoptionphone2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formoptionphone2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formoptionphone2(inputs)
	if (locale === "fr") return fr_formoptionphone2(inputs)
	return en_formoptionphone2(inputs)
});
export { formoptionphone2 as "formOptionPhone" }