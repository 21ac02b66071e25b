/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchsectionfaq2Inputs */

const en_searchsectionfaq2 = /** @type {(inputs: Searchsectionfaq2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`FAQ`)
};

const es_searchsectionfaq2 = /** @type {(inputs: Searchsectionfaq2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preguntas frecuentes`)
};

const fr_searchsectionfaq2 = /** @type {(inputs: Searchsectionfaq2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Questions fréquentes`)
};

/**
* | output |
* | --- |
* | "FAQ" |
*
* @param {Searchsectionfaq2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchsectionfaq2 = /** @type {((inputs?: Searchsectionfaq2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchsectionfaq2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchsectionfaq2(inputs)
	if (locale === "fr") return fr_searchsectionfaq2(inputs)
	return en_searchsectionfaq2(inputs)
});
export { searchsectionfaq2 as "searchSectionFaq" }