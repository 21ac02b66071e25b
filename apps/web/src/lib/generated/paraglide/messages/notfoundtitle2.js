/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notfoundtitle2Inputs */

const en_notfoundtitle2 = /** @type {(inputs: Notfoundtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Page not found`)
};

const es_notfoundtitle2 = /** @type {(inputs: Notfoundtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No encontramos la página`)
};

const fr_notfoundtitle2 = /** @type {(inputs: Notfoundtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Page introuvable`)
};

/**
* | output |
* | --- |
* | "Page not found" |
*
* @param {Notfoundtitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const notfoundtitle2 = /** @type {((inputs?: Notfoundtitle2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notfoundtitle2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_notfoundtitle2(inputs)
	if (locale === "fr") return fr_notfoundtitle2(inputs)
	return en_notfoundtitle2(inputs)
});
export { notfoundtitle2 as "notFoundTitle" }