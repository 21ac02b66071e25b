/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Partnerslinkfeedjson3Inputs */

const en_partnerslinkfeedjson3 = /** @type {(inputs: Partnerslinkfeedjson3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Latest changes as a JSON Feed`)
};

const es_partnerslinkfeedjson3 = /** @type {(inputs: Partnerslinkfeedjson3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Últimos cambios en JSON Feed`)
};

const fr_partnerslinkfeedjson3 = /** @type {(inputs: Partnerslinkfeedjson3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dernières modifications en JSON Feed`)
};

/**
* | output |
* | --- |
* | "Latest changes as a JSON Feed" |
*
* @param {Partnerslinkfeedjson3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const partnerslinkfeedjson3 = /** @type {((inputs?: Partnerslinkfeedjson3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Partnerslinkfeedjson3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_partnerslinkfeedjson3(inputs)
	if (locale === "fr") return fr_partnerslinkfeedjson3(inputs)
	return en_partnerslinkfeedjson3(inputs)
});
export { partnerslinkfeedjson3 as "partnersLinkFeedJson" }