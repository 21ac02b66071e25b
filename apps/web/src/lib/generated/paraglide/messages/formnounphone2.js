/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formnounphone2Inputs */

const en_formnounphone2 = /** @type {(inputs: Formnounphone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Phone number`)
};

const es_formnounphone2 = /** @type {(inputs: Formnounphone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El número de teléfono`)
};

const fr_formnounphone2 = /** @type {(inputs: Formnounphone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le numéro de téléphone`)
};

/**
* | output |
* | --- |
* | "Phone number" |
*
* @param {Formnounphone2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formnounphone2 = /** @type {((inputs?: Formnounphone2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formnounphone2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formnounphone2(inputs)
	if (locale === "fr") return fr_formnounphone2(inputs)
	return en_formnounphone2(inputs)
});
export { formnounphone2 as "formNounPhone" }