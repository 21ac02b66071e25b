/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Partnershtmllabel2Inputs */

const en_partnershtmllabel2 = /** @type {(inputs: Partnershtmllabel2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plain HTML`)
};

const es_partnershtmllabel2 = /** @type {(inputs: Partnershtmllabel2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`HTML simple`)
};

const fr_partnershtmllabel2 = /** @type {(inputs: Partnershtmllabel2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`HTML simple`)
};

/**
* | output |
* | --- |
* | "Plain HTML" |
*
* @param {Partnershtmllabel2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const partnershtmllabel2 = /** @type {((inputs?: Partnershtmllabel2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Partnershtmllabel2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_partnershtmllabel2(inputs)
	if (locale === "fr") return fr_partnershtmllabel2(inputs)
	return en_partnershtmllabel2(inputs)
});
export { partnershtmllabel2 as "partnersHtmlLabel" }