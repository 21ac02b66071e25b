/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ noun: NonNullable<unknown>, max: NonNullable<unknown> }} Formtoolong2Inputs */

const en_formtoolong2 = /** @type {(inputs: Formtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.noun} must be ${i?.max} characters or fewer`)
};

const es_formtoolong2 = /** @type {(inputs: Formtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.noun}: escriba ${i?.max} caracteres o menos`)
};

const fr_formtoolong2 = /** @type {(inputs: Formtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.noun} : ${i?.max} caractères au maximum`)
};

/**
* | output |
* | --- |
* | "{noun} must be {max} characters or fewer" |
*
* @param {Formtoolong2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formtoolong2 = /** @type {((inputs: Formtoolong2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formtoolong2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formtoolong2(inputs)
	if (locale === "fr") return fr_formtoolong2(inputs)
	return en_formtoolong2(inputs)
});
export { formtoolong2 as "formTooLong" }