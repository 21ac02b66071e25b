/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Categorymodelpoliciesandprotocols4Inputs */

const en_categorymodelpoliciesandprotocols4 = /** @type {(inputs: Categorymodelpoliciesandprotocols4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Model policies and protocols`)
};

const es_categorymodelpoliciesandprotocols4 = /** @type {(inputs: Categorymodelpoliciesandprotocols4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Políticas y protocolos modelo`)
};

const fr_categorymodelpoliciesandprotocols4 = /** @type {(inputs: Categorymodelpoliciesandprotocols4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Politiques et protocoles types`)
};

/**
* | output |
* | --- |
* | "Model policies and protocols" |
*
* @param {Categorymodelpoliciesandprotocols4Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const categorymodelpoliciesandprotocols4 = /** @type {((inputs?: Categorymodelpoliciesandprotocols4Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Categorymodelpoliciesandprotocols4Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_categorymodelpoliciesandprotocols4(inputs)
	if (locale === "fr") return fr_categorymodelpoliciesandprotocols4(inputs)
	return en_categorymodelpoliciesandprotocols4(inputs)
});
export { categorymodelpoliciesandprotocols4 as "categoryModelPoliciesAndProtocols" }