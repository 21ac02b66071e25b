/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formnounorganization2Inputs */

const en_formnounorganization2 = /** @type {(inputs: Formnounorganization2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Organization`)
};

const es_formnounorganization2 = /** @type {(inputs: Formnounorganization2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La organización`)
};

const fr_formnounorganization2 = /** @type {(inputs: Formnounorganization2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’organisme`)
};

/**
* | output |
* | --- |
* | "Organization" |
*
* @param {Formnounorganization2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formnounorganization2 = /** @type {((inputs?: Formnounorganization2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formnounorganization2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formnounorganization2(inputs)
	if (locale === "fr") return fr_formnounorganization2(inputs)
	return en_formnounorganization2(inputs)
});
export { formnounorganization2 as "formNounOrganization" }