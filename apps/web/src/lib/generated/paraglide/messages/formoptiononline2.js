/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formoptiononline2Inputs */

const en_formoptiononline2 = /** @type {(inputs: Formoptiononline2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Online`)
};

const es_formoptiononline2 = /** @type {(inputs: Formoptiononline2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En línea`)
};

const fr_formoptiononline2 = /** @type {(inputs: Formoptiononline2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En ligne`)
};

/**
* | output |
* | --- |
* | "Online" |
*
* @param {Formoptiononline2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formoptiononline2 = /** @type {((inputs?: Formoptiononline2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formoptiononline2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formoptiononline2(inputs)
	if (locale === "fr") return fr_formoptiononline2(inputs)
	return en_formoptiononline2(inputs)
});
export { formoptiononline2 as "formOptionOnline" }