/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hotlinetext1Inputs */

const en_hotlinetext1 = /** @type {(inputs: Hotlinetext1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Text`)
};

const es_hotlinetext1 = /** @type {(inputs: Hotlinetext1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Texto`)
};

const fr_hotlinetext1 = /** @type {(inputs: Hotlinetext1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMS`)
};

/**
* | output |
* | --- |
* | "Text" |
*
* @param {Hotlinetext1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const hotlinetext1 = /** @type {((inputs?: Hotlinetext1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hotlinetext1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_hotlinetext1(inputs)
	if (locale === "fr") return fr_hotlinetext1(inputs)
	return en_hotlinetext1(inputs)
});
export { hotlinetext1 as "hotlineText" }