/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchpages1Inputs */

const en_searchpages1 = /** @type {(inputs: Searchpages1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`More results`)
};

const es_searchpages1 = /** @type {(inputs: Searchpages1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Más resultados`)
};

const fr_searchpages1 = /** @type {(inputs: Searchpages1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plus de résultats`)
};

/**
* | output |
* | --- |
* | "More results" |
*
* @param {Searchpages1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchpages1 = /** @type {((inputs?: Searchpages1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchpages1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchpages1(inputs)
	if (locale === "fr") return fr_searchpages1(inputs)
	return en_searchpages1(inputs)
});
export { searchpages1 as "searchPages" }