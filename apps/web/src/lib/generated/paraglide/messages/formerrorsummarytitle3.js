/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formerrorsummarytitle3Inputs */

const en_formerrorsummarytitle3 = /** @type {(inputs: Formerrorsummarytitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`There is a problem`)
};

const es_formerrorsummarytitle3 = /** @type {(inputs: Formerrorsummarytitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hay un problema`)
};

const fr_formerrorsummarytitle3 = /** @type {(inputs: Formerrorsummarytitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Il y a un problème`)
};

/**
* | output |
* | --- |
* | "There is a problem" |
*
* @param {Formerrorsummarytitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formerrorsummarytitle3 = /** @type {((inputs?: Formerrorsummarytitle3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formerrorsummarytitle3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formerrorsummarytitle3(inputs)
	if (locale === "fr") return fr_formerrorsummarytitle3(inputs)
	return en_formerrorsummarytitle3(inputs)
});
export { formerrorsummarytitle3 as "formErrorSummaryTitle" }