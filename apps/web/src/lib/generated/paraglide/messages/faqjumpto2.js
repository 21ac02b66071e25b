/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faqjumpto2Inputs */

const en_faqjumpto2 = /** @type {(inputs: Faqjumpto2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Questions on this page`)
};

const es_faqjumpto2 = /** @type {(inputs: Faqjumpto2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preguntas en esta página`)
};

const fr_faqjumpto2 = /** @type {(inputs: Faqjumpto2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Questions de cette page`)
};

/**
* | output |
* | --- |
* | "Questions on this page" |
*
* @param {Faqjumpto2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const faqjumpto2 = /** @type {((inputs?: Faqjumpto2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faqjumpto2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faqjumpto2(inputs)
	if (locale === "fr") return fr_faqjumpto2(inputs)
	return en_faqjumpto2(inputs)
});
export { faqjumpto2 as "faqJumpTo" }