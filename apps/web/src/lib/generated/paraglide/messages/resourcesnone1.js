/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Resourcesnone1Inputs */

const en_resourcesnone1 = /** @type {(inputs: Resourcesnone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`There are no resources in this category yet.`)
};

const es_resourcesnone1 = /** @type {(inputs: Resourcesnone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todavía no hay recursos en esta categoría.`)
};

const fr_resourcesnone1 = /** @type {(inputs: Resourcesnone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Il n’y a pas encore de ressources dans cette catégorie.`)
};

/**
* | output |
* | --- |
* | "There are no resources in this category yet." |
*
* @param {Resourcesnone1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const resourcesnone1 = /** @type {((inputs?: Resourcesnone1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Resourcesnone1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_resourcesnone1(inputs)
	if (locale === "fr") return fr_resourcesnone1(inputs)
	return en_resourcesnone1(inputs)
});
export { resourcesnone1 as "resourcesNone" }