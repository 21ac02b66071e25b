/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Partnersiframelabel2Inputs */

const en_partnersiframelabel2 = /** @type {(inputs: Partnersiframelabel2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A frame that keeps itself up to date`)
};

const es_partnersiframelabel2 = /** @type {(inputs: Partnersiframelabel2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un marco que se actualiza solo`)
};

const fr_partnersiframelabel2 = /** @type {(inputs: Partnersiframelabel2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un cadre qui se met à jour tout seul`)
};

/**
* | output |
* | --- |
* | "A frame that keeps itself up to date" |
*
* @param {Partnersiframelabel2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const partnersiframelabel2 = /** @type {((inputs?: Partnersiframelabel2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Partnersiframelabel2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_partnersiframelabel2(inputs)
	if (locale === "fr") return fr_partnersiframelabel2(inputs)
	return en_partnersiframelabel2(inputs)
});
export { partnersiframelabel2 as "partnersIframeLabel" }