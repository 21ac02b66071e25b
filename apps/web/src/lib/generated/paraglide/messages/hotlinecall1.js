/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hotlinecall1Inputs */

const en_hotlinecall1 = /** @type {(inputs: Hotlinecall1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Call`)
};

const es_hotlinecall1 = /** @type {(inputs: Hotlinecall1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Llame`)
};

const fr_hotlinecall1 = /** @type {(inputs: Hotlinecall1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appel`)
};

/**
* | output |
* | --- |
* | "Call" |
*
* @param {Hotlinecall1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const hotlinecall1 = /** @type {((inputs?: Hotlinecall1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hotlinecall1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_hotlinecall1(inputs)
	if (locale === "fr") return fr_hotlinecall1(inputs)
	return en_hotlinecall1(inputs)
});
export { hotlinecall1 as "hotlineCall" }