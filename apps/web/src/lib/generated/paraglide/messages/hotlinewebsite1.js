/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hotlinewebsite1Inputs */

const en_hotlinewebsite1 = /** @type {(inputs: Hotlinewebsite1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Website`)
};

const es_hotlinewebsite1 = /** @type {(inputs: Hotlinewebsite1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sitio web`)
};

const fr_hotlinewebsite1 = /** @type {(inputs: Hotlinewebsite1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site web`)
};

/**
* | output |
* | --- |
* | "Website" |
*
* @param {Hotlinewebsite1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const hotlinewebsite1 = /** @type {((inputs?: Hotlinewebsite1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hotlinewebsite1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_hotlinewebsite1(inputs)
	if (locale === "fr") return fr_hotlinewebsite1(inputs)
	return en_hotlinewebsite1(inputs)
});
export { hotlinewebsite1 as "hotlineWebsite" }