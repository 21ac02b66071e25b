/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hotlinetty1Inputs */

const en_hotlinetty1 = /** @type {(inputs: Hotlinetty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTY`)
};

const es_hotlinetty1 = /** @type {(inputs: Hotlinetty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTY`)
};

const fr_hotlinetty1 = /** @type {(inputs: Hotlinetty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TTY`)
};

/**
* | output |
* | --- |
* | "TTY" |
*
* @param {Hotlinetty1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const hotlinetty1 = /** @type {((inputs?: Hotlinetty1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hotlinetty1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_hotlinetty1(inputs)
	if (locale === "fr") return fr_hotlinetty1(inputs)
	return en_hotlinetty1(inputs)
});
export { hotlinetty1 as "hotlineTty" }