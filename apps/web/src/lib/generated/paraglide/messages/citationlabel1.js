/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Citationlabel1Inputs */

const en_citationlabel1 = /** @type {(inputs: Citationlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Source`)
};

const es_citationlabel1 = /** @type {(inputs: Citationlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fuente`)
};

const fr_citationlabel1 = /** @type {(inputs: Citationlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Source`)
};

/**
* | output |
* | --- |
* | "Source" |
*
* @param {Citationlabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const citationlabel1 = /** @type {((inputs?: Citationlabel1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Citationlabel1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_citationlabel1(inputs)
	if (locale === "fr") return fr_citationlabel1(inputs)
	return en_citationlabel1(inputs)
});
export { citationlabel1 as "citationLabel" }