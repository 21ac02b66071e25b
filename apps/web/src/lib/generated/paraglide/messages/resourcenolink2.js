/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Resourcenolink2Inputs */

const en_resourcenolink2 = /** @type {(inputs: Resourcenolink2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link coming soon`)
};

const es_resourcenolink2 = /** @type {(inputs: Resourcenolink2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enlace disponible pronto`)
};

const fr_resourcenolink2 = /** @type {(inputs: Resourcenolink2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lien bientôt disponible`)
};

/**
* | output |
* | --- |
* | "Link coming soon" |
*
* @param {Resourcenolink2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const resourcenolink2 = /** @type {((inputs?: Resourcenolink2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Resourcenolink2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_resourcenolink2(inputs)
	if (locale === "fr") return fr_resourcenolink2(inputs)
	return en_resourcenolink2(inputs)
});
export { resourcenolink2 as "resourceNoLink" }