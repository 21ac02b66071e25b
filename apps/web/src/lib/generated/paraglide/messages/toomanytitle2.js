/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Toomanytitle2Inputs */

const en_toomanytitle2 = /** @type {(inputs: Toomanytitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many attempts`)
};

const es_toomanytitle2 = /** @type {(inputs: Toomanytitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demasiados intentos`)
};

const fr_toomanytitle2 = /** @type {(inputs: Toomanytitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trop de tentatives`)
};

/**
* | output |
* | --- |
* | "Too many attempts" |
*
* @param {Toomanytitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const toomanytitle2 = /** @type {((inputs?: Toomanytitle2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Toomanytitle2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_toomanytitle2(inputs)
	if (locale === "fr") return fr_toomanytitle2(inputs)
	return en_toomanytitle2(inputs)
});
export { toomanytitle2 as "tooManyTitle" }