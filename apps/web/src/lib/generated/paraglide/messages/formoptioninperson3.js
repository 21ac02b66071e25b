/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formoptioninperson3Inputs */

const en_formoptioninperson3 = /** @type {(inputs: Formoptioninperson3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In person`)
};

const es_formoptioninperson3 = /** @type {(inputs: Formoptioninperson3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En persona`)
};

const fr_formoptioninperson3 = /** @type {(inputs: Formoptioninperson3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En personne`)
};

/**
* | output |
* | --- |
* | "In person" |
*
* @param {Formoptioninperson3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formoptioninperson3 = /** @type {((inputs?: Formoptioninperson3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formoptioninperson3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formoptioninperson3(inputs)
	if (locale === "fr") return fr_formoptioninperson3(inputs)
	return en_formoptioninperson3(inputs)
});
export { formoptioninperson3 as "formOptionInPerson" }