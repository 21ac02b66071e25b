/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchsuggesthelp2Inputs */

const en_searchsuggesthelp2 = /** @type {(inputs: Searchsuggesthelp2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Get help`)
};

const es_searchsuggesthelp2 = /** @type {(inputs: Searchsuggesthelp2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ayuda inmediata`)
};

const fr_searchsuggesthelp2 = /** @type {(inputs: Searchsuggesthelp2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Obtenir de l’aide`)
};

/**
* | output |
* | --- |
* | "Get help" |
*
* @param {Searchsuggesthelp2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchsuggesthelp2 = /** @type {((inputs?: Searchsuggesthelp2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchsuggesthelp2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchsuggesthelp2(inputs)
	if (locale === "fr") return fr_searchsuggesthelp2(inputs)
	return en_searchsuggesthelp2(inputs)
});
export { searchsuggesthelp2 as "searchSuggestHelp" }