/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Languageswitcher1Inputs */

const en_languageswitcher1 = /** @type {(inputs: Languageswitcher1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

const es_languageswitcher1 = /** @type {(inputs: Languageswitcher1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Idioma`)
};

const fr_languageswitcher1 = /** @type {(inputs: Languageswitcher1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Langue`)
};

/**
* | output |
* | --- |
* | "Language" |
*
* @param {Languageswitcher1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const languageswitcher1 = /** @type {((inputs?: Languageswitcher1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Languageswitcher1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_languageswitcher1(inputs)
	if (locale === "fr") return fr_languageswitcher1(inputs)
	return en_languageswitcher1(inputs)
});
export { languageswitcher1 as "languageSwitcher" }