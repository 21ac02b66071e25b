/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Partnerslinkgraphql2Inputs */

const en_partnerslinkgraphql2 = /** @type {(inputs: Partnerslinkgraphql2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Content API (GraphQL; REST under /api)`)
};

const es_partnerslinkgraphql2 = /** @type {(inputs: Partnerslinkgraphql2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API de contenido (GraphQL; REST en /api)`)
};

const fr_partnerslinkgraphql2 = /** @type {(inputs: Partnerslinkgraphql2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API de contenu (GraphQL ; REST sous /api)`)
};

/**
* | output |
* | --- |
* | "Content API (GraphQL; REST under /api)" |
*
* @param {Partnerslinkgraphql2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const partnerslinkgraphql2 = /** @type {((inputs?: Partnerslinkgraphql2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Partnerslinkgraphql2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_partnerslinkgraphql2(inputs)
	if (locale === "fr") return fr_partnerslinkgraphql2(inputs)
	return en_partnerslinkgraphql2(inputs)
});
export { partnerslinkgraphql2 as "partnersLinkGraphql" }