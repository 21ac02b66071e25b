/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Resourcesfilterall2Inputs */

const en_resourcesfilterall2 = /** @type {(inputs: Resourcesfilterall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All topics`)
};

const es_resourcesfilterall2 = /** @type {(inputs: Resourcesfilterall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todos los temas`)
};

const fr_resourcesfilterall2 = /** @type {(inputs: Resourcesfilterall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tous les sujets`)
};

/**
* | output |
* | --- |
* | "All topics" |
*
* @param {Resourcesfilterall2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const resourcesfilterall2 = /** @type {((inputs?: Resourcesfilterall2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Resourcesfilterall2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_resourcesfilterall2(inputs)
	if (locale === "fr") return fr_resourcesfilterall2(inputs)
	return en_resourcesfilterall2(inputs)
});
export { resourcesfilterall2 as "resourcesFilterAll" }