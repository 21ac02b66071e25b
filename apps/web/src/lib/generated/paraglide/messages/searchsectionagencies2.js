/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchsectionagencies2Inputs */

const en_searchsectionagencies2 = /** @type {(inputs: Searchsectionagencies2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Provider Council`)
};

const es_searchsectionagencies2 = /** @type {(inputs: Searchsectionagencies2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Consejo de Proveedores`)
};

const fr_searchsectionagencies2 = /** @type {(inputs: Searchsectionagencies2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conseil des prestataires`)
};

/**
* | output |
* | --- |
* | "Provider Council" |
*
* @param {Searchsectionagencies2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchsectionagencies2 = /** @type {((inputs?: Searchsectionagencies2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchsectionagencies2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchsectionagencies2(inputs)
	if (locale === "fr") return fr_searchsectionagencies2(inputs)
	return en_searchsectionagencies2(inputs)
});
export { searchsectionagencies2 as "searchSectionAgencies" }