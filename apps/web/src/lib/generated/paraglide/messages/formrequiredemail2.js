/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formrequiredemail2Inputs */

const en_formrequiredemail2 = /** @type {(inputs: Formrequiredemail2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your email address`)
};

const es_formrequiredemail2 = /** @type {(inputs: Formrequiredemail2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escriba su correo electrónico`)
};

const fr_formrequiredemail2 = /** @type {(inputs: Formrequiredemail2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indiquez votre adresse e-mail`)
};

/**
* | output |
* | --- |
* | "Enter your email address" |
*
* @param {Formrequiredemail2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formrequiredemail2 = /** @type {((inputs?: Formrequiredemail2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formrequiredemail2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formrequiredemail2(inputs)
	if (locale === "fr") return fr_formrequiredemail2(inputs)
	return en_formrequiredemail2(inputs)
});
export { formrequiredemail2 as "formRequiredEmail" }