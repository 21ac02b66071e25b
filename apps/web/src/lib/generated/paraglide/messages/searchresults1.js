/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchresults1Inputs */

const en_searchresults1 = /** @type {(inputs: Searchresults1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search results`)
};

const es_searchresults1 = /** @type {(inputs: Searchresults1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resultados de la búsqueda`)
};

const fr_searchresults1 = /** @type {(inputs: Searchresults1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Résultats de la recherche`)
};

/**
* | output |
* | --- |
* | "Search results" |
*
* @param {Searchresults1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchresults1 = /** @type {((inputs?: Searchresults1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchresults1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchresults1(inputs)
	if (locale === "fr") return fr_searchresults1(inputs)
	return en_searchresults1(inputs)
});
export { searchresults1 as "searchResults" }