/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Categorystatutes1Inputs */

const en_categorystatutes1 = /** @type {(inputs: Categorystatutes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Statutes`)
};

const es_categorystatutes1 = /** @type {(inputs: Categorystatutes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leyes`)
};

const fr_categorystatutes1 = /** @type {(inputs: Categorystatutes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lois`)
};

/**
* | output |
* | --- |
* | "Statutes" |
*
* @param {Categorystatutes1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const categorystatutes1 = /** @type {((inputs?: Categorystatutes1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Categorystatutes1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_categorystatutes1(inputs)
	if (locale === "fr") return fr_categorystatutes1(inputs)
	return en_categorystatutes1(inputs)
});
export { categorystatutes1 as "categoryStatutes" }