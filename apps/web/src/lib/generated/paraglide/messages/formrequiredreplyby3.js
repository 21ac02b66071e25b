/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formrequiredreplyby3Inputs */

const en_formrequiredreplyby3 = /** @type {(inputs: Formrequiredreplyby3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Select how we should reply`)
};

const es_formrequiredreplyby3 = /** @type {(inputs: Formrequiredreplyby3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elija cómo quiere que le respondamos`)
};

const fr_formrequiredreplyby3 = /** @type {(inputs: Formrequiredreplyby3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisissez comment nous devons vous répondre`)
};

/**
* | output |
* | --- |
* | "Select how we should reply" |
*
* @param {Formrequiredreplyby3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formrequiredreplyby3 = /** @type {((inputs?: Formrequiredreplyby3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formrequiredreplyby3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formrequiredreplyby3(inputs)
	if (locale === "fr") return fr_formrequiredreplyby3(inputs)
	return en_formrequiredreplyby3(inputs)
});
export { formrequiredreplyby3 as "formRequiredReplyBy" }