/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formnounname2Inputs */

const en_formnounname2 = /** @type {(inputs: Formnounname2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your name`)
};

const es_formnounname2 = /** @type {(inputs: Formnounname2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Su nombre`)
};

const fr_formnounname2 = /** @type {(inputs: Formnounname2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre nom`)
};

/**
* | output |
* | --- |
* | "Your name" |
*
* @param {Formnounname2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formnounname2 = /** @type {((inputs?: Formnounname2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formnounname2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formnounname2(inputs)
	if (locale === "fr") return fr_formnounname2(inputs)
	return en_formnounname2(inputs)
});
export { formnounname2 as "formNounName" }