/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Mainnavigation1Inputs */

const en_mainnavigation1 = /** @type {(inputs: Mainnavigation1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Main`)
};

const es_mainnavigation1 = /** @type {(inputs: Mainnavigation1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Principal`)
};

const fr_mainnavigation1 = /** @type {(inputs: Mainnavigation1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Principal`)
};

/**
* | output |
* | --- |
* | "Main" |
*
* @param {Mainnavigation1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const mainnavigation1 = /** @type {((inputs?: Mainnavigation1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mainnavigation1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_mainnavigation1(inputs)
	if (locale === "fr") return fr_mainnavigation1(inputs)
	return en_mainnavigation1(inputs)
});
export { mainnavigation1 as "mainNavigation" }