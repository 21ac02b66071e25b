/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formemailformat2Inputs */

const en_formemailformat2 = /** @type {(inputs: Formemailformat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter an email address in the correct format, like name@example.com`)
};

const es_formemailformat2 = /** @type {(inputs: Formemailformat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com`)
};

const fr_formemailformat2 = /** @type {(inputs: Formemailformat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indiquez une adresse e-mail au bon format, comme nom@exemple.fr`)
};

/**
* | output |
* | --- |
* | "Enter an email address in the correct format, like name@example.com" |
*
* @param {Formemailformat2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formemailformat2 = /** @type {((inputs?: Formemailformat2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formemailformat2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formemailformat2(inputs)
	if (locale === "fr") return fr_formemailformat2(inputs)
	return en_formemailformat2(inputs)
});
export { formemailformat2 as "formEmailFormat" }