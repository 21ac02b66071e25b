/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formrequiredaudiencesize3Inputs */

const en_formrequiredaudiencesize3 = /** @type {(inputs: Formrequiredaudiencesize3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter the number of people`)
};

const es_formrequiredaudiencesize3 = /** @type {(inputs: Formrequiredaudiencesize3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escriba el número de personas`)
};

const fr_formrequiredaudiencesize3 = /** @type {(inputs: Formrequiredaudiencesize3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indiquez le nombre de personnes`)
};

/**
* | output |
* | --- |
* | "Enter the number of people" |
*
* @param {Formrequiredaudiencesize3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formrequiredaudiencesize3 = /** @type {((inputs?: Formrequiredaudiencesize3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formrequiredaudiencesize3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formrequiredaudiencesize3(inputs)
	if (locale === "fr") return fr_formrequiredaudiencesize3(inputs)
	return en_formrequiredaudiencesize3(inputs)
});
export { formrequiredaudiencesize3 as "formRequiredAudienceSize" }