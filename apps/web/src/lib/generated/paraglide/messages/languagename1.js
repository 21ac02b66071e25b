/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Languagename1Inputs */

const en_languagename1 = /** @type {(inputs: Languagename1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`English`)
};

const es_languagename1 = /** @type {(inputs: Languagename1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Español`)
};

const fr_languagename1 = /** @type {(inputs: Languagename1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Français`)
};

/**
* | output |
* | --- |
* | "English" |
*
* @param {Languagename1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const languagename1 = /** @type {((inputs?: Languagename1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Languagename1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_languagename1(inputs)
	if (locale === "fr") return fr_languagename1(inputs)
	return en_languagename1(inputs)
});
export { languagename1 as "languageName" }