/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Searchcount1Inputs */

const en_searchcount1 = /** @type {(inputs: Searchcount1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} results`)
};

const es_searchcount1 = /** @type {(inputs: Searchcount1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} resultados`)
};

const fr_searchcount1 = /** @type {(inputs: Searchcount1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} résultats`)
};

/**
* | output |
* | --- |
* | "{n} results" |
*
* @param {Searchcount1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchcount1 = /** @type {((inputs: Searchcount1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchcount1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchcount1(inputs)
	if (locale === "fr") return fr_searchcount1(inputs)
	return en_searchcount1(inputs)
});
export { searchcount1 as "searchCount" }