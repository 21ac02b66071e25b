/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchsectionpages2Inputs */

const en_searchsectionpages2 = /** @type {(inputs: Searchsectionpages2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Page`)
};

const es_searchsectionpages2 = /** @type {(inputs: Searchsectionpages2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Página`)
};

const fr_searchsectionpages2 = /** @type {(inputs: Searchsectionpages2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Page`)
};

/**
* | output |
* | --- |
* | "Page" |
*
* @param {Searchsectionpages2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchsectionpages2 = /** @type {((inputs?: Searchsectionpages2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchsectionpages2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchsectionpages2(inputs)
	if (locale === "fr") return fr_searchsectionpages2(inputs)
	return en_searchsectionpages2(inputs)
});
export { searchsectionpages2 as "searchSectionPages" }