/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchlabel1Inputs */

const en_searchlabel1 = /** @type {(inputs: Searchlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search this site`)
};

const es_searchlabel1 = /** @type {(inputs: Searchlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buscar en este sitio`)
};

const fr_searchlabel1 = /** @type {(inputs: Searchlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rechercher sur ce site`)
};

/**
* | output |
* | --- |
* | "Search this site" |
*
* @param {Searchlabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchlabel1 = /** @type {((inputs?: Searchlabel1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchlabel1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchlabel1(inputs)
	if (locale === "fr") return fr_searchlabel1(inputs)
	return en_searchlabel1(inputs)
});
export { searchlabel1 as "searchLabel" }