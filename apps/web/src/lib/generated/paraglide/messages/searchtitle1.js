/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchtitle1Inputs */

const en_searchtitle1 = /** @type {(inputs: Searchtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search`)
};

const es_searchtitle1 = /** @type {(inputs: Searchtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buscar`)
};

const fr_searchtitle1 = /** @type {(inputs: Searchtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recherche`)
};

/**
* | output |
* | --- |
* | "Search" |
*
* @param {Searchtitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchtitle1 = /** @type {((inputs?: Searchtitle1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchtitle1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchtitle1(inputs)
	if (locale === "fr") return fr_searchtitle1(inputs)
	return en_searchtitle1(inputs)
});
export { searchtitle1 as "searchTitle" }