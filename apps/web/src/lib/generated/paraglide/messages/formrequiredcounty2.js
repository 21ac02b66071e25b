/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formrequiredcounty2Inputs */

const en_formrequiredcounty2 = /** @type {(inputs: Formrequiredcounty2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Select your county`)
};

const es_formrequiredcounty2 = /** @type {(inputs: Formrequiredcounty2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elija su condado`)
};

const fr_formrequiredcounty2 = /** @type {(inputs: Formrequiredcounty2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisissez votre comté`)
};

/**
* | output |
* | --- |
* | "Select your county" |
*
* @param {Formrequiredcounty2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formrequiredcounty2 = /** @type {((inputs?: Formrequiredcounty2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formrequiredcounty2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formrequiredcounty2(inputs)
	if (locale === "fr") return fr_formrequiredcounty2(inputs)
	return en_formrequiredcounty2(inputs)
});
export { formrequiredcounty2 as "formRequiredCounty" }