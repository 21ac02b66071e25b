/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Searchpage1Inputs */

const en_searchpage1 = /** @type {(inputs: Searchpage1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Page ${i?.n}`)
};

const es_searchpage1 = /** @type {(inputs: Searchpage1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Página ${i?.n}`)
};

const fr_searchpage1 = /** @type {(inputs: Searchpage1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Page ${i?.n}`)
};

/**
* | output |
* | --- |
* | "Page {n}" |
*
* @param {Searchpage1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchpage1 = /** @type {((inputs: Searchpage1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchpage1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchpage1(inputs)
	if (locale === "fr") return fr_searchpage1(inputs)
	return en_searchpage1(inputs)
});
export { searchpage1 as "searchPage" }