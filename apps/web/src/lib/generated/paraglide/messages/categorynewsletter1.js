/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Categorynewsletter1Inputs */

const en_categorynewsletter1 = /** @type {(inputs: Categorynewsletter1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Newsletter`)
};

const es_categorynewsletter1 = /** @type {(inputs: Categorynewsletter1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Boletín`)
};

const fr_categorynewsletter1 = /** @type {(inputs: Categorynewsletter1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lettre d’information`)
};

/**
* | output |
* | --- |
* | "Newsletter" |
*
* @param {Categorynewsletter1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const categorynewsletter1 = /** @type {((inputs?: Categorynewsletter1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Categorynewsletter1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_categorynewsletter1(inputs)
	if (locale === "fr") return fr_categorynewsletter1(inputs)
	return en_categorynewsletter1(inputs)
});
export { categorynewsletter1 as "categoryNewsletter" }