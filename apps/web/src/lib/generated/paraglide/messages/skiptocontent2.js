/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Skiptocontent2Inputs */

const en_skiptocontent2 = /** @type {(inputs: Skiptocontent2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip to main content`)
};

const es_skiptocontent2 = /** @type {(inputs: Skiptocontent2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saltar al contenido principal`)
};

const fr_skiptocontent2 = /** @type {(inputs: Skiptocontent2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aller au contenu principal`)
};

/**
* | output |
* | --- |
* | "Skip to main content" |
*
* @param {Skiptocontent2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const skiptocontent2 = /** @type {((inputs?: Skiptocontent2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Skiptocontent2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_skiptocontent2(inputs)
	if (locale === "fr") return fr_skiptocontent2(inputs)
	return en_skiptocontent2(inputs)
});
export { skiptocontent2 as "skipToContent" }