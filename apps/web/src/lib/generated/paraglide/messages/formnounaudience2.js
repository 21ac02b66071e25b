/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formnounaudience2Inputs */

const en_formnounaudience2 = /** @type {(inputs: Formnounaudience2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who the training is for`)
};

const es_formnounaudience2 = /** @type {(inputs: Formnounaudience2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Para quién es la capacitación`)
};

const fr_formnounaudience2 = /** @type {(inputs: Formnounaudience2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le public de la formation`)
};

/**
* | output |
* | --- |
* | "Who the training is for" |
*
* @param {Formnounaudience2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formnounaudience2 = /** @type {((inputs?: Formnounaudience2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formnounaudience2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formnounaudience2(inputs)
	if (locale === "fr") return fr_formnounaudience2(inputs)
	return en_formnounaudience2(inputs)
});
export { formnounaudience2 as "formNounAudience" }