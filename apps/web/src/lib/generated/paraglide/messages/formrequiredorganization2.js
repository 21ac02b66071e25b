/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formrequiredorganization2Inputs */

const en_formrequiredorganization2 = /** @type {(inputs: Formrequiredorganization2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter the name of your organization`)
};

const es_formrequiredorganization2 = /** @type {(inputs: Formrequiredorganization2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escriba el nombre de su organización`)
};

const fr_formrequiredorganization2 = /** @type {(inputs: Formrequiredorganization2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indiquez le nom de votre organisme`)
};

/**
* | output |
* | --- |
* | "Enter the name of your organization" |
*
* @param {Formrequiredorganization2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formrequiredorganization2 = /** @type {((inputs?: Formrequiredorganization2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formrequiredorganization2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formrequiredorganization2(inputs)
	if (locale === "fr") return fr_formrequiredorganization2(inputs)
	return en_formrequiredorganization2(inputs)
});
export { formrequiredorganization2 as "formRequiredOrganization" }