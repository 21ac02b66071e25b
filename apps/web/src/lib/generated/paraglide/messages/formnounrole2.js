/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formnounrole2Inputs */

const en_formnounrole2 = /** @type {(inputs: Formnounrole2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your role`)
};

const es_formnounrole2 = /** @type {(inputs: Formnounrole2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Su función`)
};

const fr_formnounrole2 = /** @type {(inputs: Formnounrole2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre fonction`)
};

/**
* | output |
* | --- |
* | "Your role" |
*
* @param {Formnounrole2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formnounrole2 = /** @type {((inputs?: Formnounrole2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formnounrole2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formnounrole2(inputs)
	if (locale === "fr") return fr_formnounrole2(inputs)
	return en_formnounrole2(inputs)
});
export { formnounrole2 as "formNounRole" }