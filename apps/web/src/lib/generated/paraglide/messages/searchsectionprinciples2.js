/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchsectionprinciples2Inputs */

const en_searchsectionprinciples2 = /** @type {(inputs: Searchsectionprinciples2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Guiding principles`)
};

const es_searchsectionprinciples2 = /** @type {(inputs: Searchsectionprinciples2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Principios rectores`)
};

const fr_searchsectionprinciples2 = /** @type {(inputs: Searchsectionprinciples2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Principes directeurs`)
};

/**
* | output |
* | --- |
* | "Guiding principles" |
*
* @param {Searchsectionprinciples2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchsectionprinciples2 = /** @type {((inputs?: Searchsectionprinciples2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchsectionprinciples2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchsectionprinciples2(inputs)
	if (locale === "fr") return fr_searchsectionprinciples2(inputs)
	return en_searchsectionprinciples2(inputs)
});
export { searchsectionprinciples2 as "searchSectionPrinciples" }