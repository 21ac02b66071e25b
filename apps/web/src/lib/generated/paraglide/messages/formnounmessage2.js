/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formnounmessage2Inputs */

const en_formnounmessage2 = /** @type {(inputs: Formnounmessage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your message`)
};

const es_formnounmessage2 = /** @type {(inputs: Formnounmessage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Su mensaje`)
};

const fr_formnounmessage2 = /** @type {(inputs: Formnounmessage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre message`)
};

/**
* | output |
* | --- |
* | "Your message" |
*
* @param {Formnounmessage2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formnounmessage2 = /** @type {((inputs?: Formnounmessage2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formnounmessage2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formnounmessage2(inputs)
	if (locale === "fr") return fr_formnounmessage2(inputs)
	return en_formnounmessage2(inputs)
});
export { formnounmessage2 as "formNounMessage" }