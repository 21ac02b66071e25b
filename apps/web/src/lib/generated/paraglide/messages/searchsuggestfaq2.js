/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchsuggestfaq2Inputs */

const en_searchsuggestfaq2 = /** @type {(inputs: Searchsuggestfaq2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frequently asked questions`)
};

const es_searchsuggestfaq2 = /** @type {(inputs: Searchsuggestfaq2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preguntas frecuentes`)
};

const fr_searchsuggestfaq2 = /** @type {(inputs: Searchsuggestfaq2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Questions fréquentes`)
};

/**
* | output |
* | --- |
* | "Frequently asked questions" |
*
* @param {Searchsuggestfaq2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchsuggestfaq2 = /** @type {((inputs?: Searchsuggestfaq2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchsuggestfaq2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchsuggestfaq2(inputs)
	if (locale === "fr") return fr_searchsuggestfaq2(inputs)
	return en_searchsuggestfaq2(inputs)
});
export { searchsuggestfaq2 as "searchSuggestFaq" }