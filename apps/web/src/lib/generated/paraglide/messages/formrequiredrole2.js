/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formrequiredrole2Inputs */

const en_formrequiredrole2 = /** @type {(inputs: Formrequiredrole2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your role`)
};

const es_formrequiredrole2 = /** @type {(inputs: Formrequiredrole2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escriba su función`)
};

const fr_formrequiredrole2 = /** @type {(inputs: Formrequiredrole2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indiquez votre fonction`)
};

/**
* | output |
* | --- |
* | "Enter your role" |
*
* @param {Formrequiredrole2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formrequiredrole2 = /** @type {((inputs?: Formrequiredrole2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formrequiredrole2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formrequiredrole2(inputs)
	if (locale === "fr") return fr_formrequiredrole2(inputs)
	return en_formrequiredrole2(inputs)
});
export { formrequiredrole2 as "formRequiredRole" }