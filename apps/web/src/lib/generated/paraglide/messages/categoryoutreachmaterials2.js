/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Categoryoutreachmaterials2Inputs */

const en_categoryoutreachmaterials2 = /** @type {(inputs: Categoryoutreachmaterials2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Outreach materials`)
};

const es_categoryoutreachmaterials2 = /** @type {(inputs: Categoryoutreachmaterials2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Materiales de difusión`)
};

const fr_categoryoutreachmaterials2 = /** @type {(inputs: Categoryoutreachmaterials2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Documents de sensibilisation`)
};

/**
* | output |
* | --- |
* | "Outreach materials" |
*
* @param {Categoryoutreachmaterials2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const categoryoutreachmaterials2 = /** @type {((inputs?: Categoryoutreachmaterials2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Categoryoutreachmaterials2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_categoryoutreachmaterials2(inputs)
	if (locale === "fr") return fr_categoryoutreachmaterials2(inputs)
	return en_categoryoutreachmaterials2(inputs)
});
export { categoryoutreachmaterials2 as "categoryOutreachMaterials" }