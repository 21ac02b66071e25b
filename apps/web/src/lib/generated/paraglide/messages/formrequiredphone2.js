/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formrequiredphone2Inputs */

const en_formrequiredphone2 = /** @type {(inputs: Formrequiredphone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter a phone number so that we can call you back`)
};

const es_formrequiredphone2 = /** @type {(inputs: Formrequiredphone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escriba un número de teléfono para que podamos llamarle`)
};

const fr_formrequiredphone2 = /** @type {(inputs: Formrequiredphone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indiquez un numéro de téléphone pour que nous puissions vous rappeler`)
};

/**
* | output |
* | --- |
* | "Enter a phone number so that we can call you back" |
*
* @param {Formrequiredphone2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formrequiredphone2 = /** @type {((inputs?: Formrequiredphone2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formrequiredphone2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formrequiredphone2(inputs)
	if (locale === "fr") return fr_formrequiredphone2(inputs)
	return en_formrequiredphone2(inputs)
});
export { formrequiredphone2 as "formRequiredPhone" }