/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchcountone2Inputs */

const en_searchcountone2 = /** @type {(inputs: Searchcountone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 result`)
};

const es_searchcountone2 = /** @type {(inputs: Searchcountone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 resultado`)
};

const fr_searchcountone2 = /** @type {(inputs: Searchcountone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 résultat`)
};

/**
* | output |
* | --- |
* | "1 result" |
*
* @param {Searchcountone2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchcountone2 = /** @type {((inputs?: Searchcountone2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchcountone2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchcountone2(inputs)
	if (locale === "fr") return fr_searchcountone2(inputs)
	return en_searchcountone2(inputs)
});
export { searchcountone2 as "searchCountOne" }