/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchsectionresources2Inputs */

const en_searchsectionresources2 = /** @type {(inputs: Searchsectionresources2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resources`)
};

const es_searchsectionresources2 = /** @type {(inputs: Searchsectionresources2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recursos`)
};

const fr_searchsectionresources2 = /** @type {(inputs: Searchsectionresources2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ressources`)
};

/**
* | output |
* | --- |
* | "Resources" |
*
* @param {Searchsectionresources2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchsectionresources2 = /** @type {((inputs?: Searchsectionresources2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchsectionresources2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchsectionresources2(inputs)
	if (locale === "fr") return fr_searchsectionresources2(inputs)
	return en_searchsectionresources2(inputs)
});
export { searchsectionresources2 as "searchSectionResources" }