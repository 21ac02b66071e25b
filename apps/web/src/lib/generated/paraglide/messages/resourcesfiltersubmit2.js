/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Resourcesfiltersubmit2Inputs */

const en_resourcesfiltersubmit2 = /** @type {(inputs: Resourcesfiltersubmit2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show`)
};

const es_resourcesfiltersubmit2 = /** @type {(inputs: Resourcesfiltersubmit2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mostrar`)
};

const fr_resourcesfiltersubmit2 = /** @type {(inputs: Resourcesfiltersubmit2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher`)
};

/**
* | output |
* | --- |
* | "Show" |
*
* @param {Resourcesfiltersubmit2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const resourcesfiltersubmit2 = /** @type {((inputs?: Resourcesfiltersubmit2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Resourcesfiltersubmit2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_resourcesfiltersubmit2(inputs)
	if (locale === "fr") return fr_resourcesfiltersubmit2(inputs)
	return en_resourcesfiltersubmit2(inputs)
});
export { resourcesfiltersubmit2 as "resourcesFilterSubmit" }