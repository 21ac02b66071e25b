/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Translationoutdatedlink2Inputs */

const en_translationoutdatedlink2 = /** @type {(inputs: Translationoutdatedlink2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Read the English version`)
};

const es_translationoutdatedlink2 = /** @type {(inputs: Translationoutdatedlink2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leer la versión en inglés`)
};

const fr_translationoutdatedlink2 = /** @type {(inputs: Translationoutdatedlink2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lire la version anglaise`)
};

/**
* | output |
* | --- |
* | "Read the English version" |
*
* @param {Translationoutdatedlink2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const translationoutdatedlink2 = /** @type {((inputs?: Translationoutdatedlink2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Translationoutdatedlink2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_translationoutdatedlink2(inputs)
	if (locale === "fr") return fr_translationoutdatedlink2(inputs)
	return en_translationoutdatedlink2(inputs)
});
export { translationoutdatedlink2 as "translationOutdatedLink" }