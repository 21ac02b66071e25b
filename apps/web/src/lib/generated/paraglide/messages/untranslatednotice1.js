/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Untranslatednotice1Inputs */

const en_untranslatednotice1 = /** @type {(inputs: Untranslatednotice1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This page is not yet translated into English, so it is shown in English.`)
};

const es_untranslatednotice1 = /** @type {(inputs: Untranslatednotice1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esta página todavía no está traducida al español. Se muestra en inglés.`)
};

const fr_untranslatednotice1 = /** @type {(inputs: Untranslatednotice1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cette page n’est pas encore traduite en français. Elle est affichée en anglais.`)
};

/**
* | output |
* | --- |
* | "This page is not yet translated into English, so it is shown in English." |
*
* @param {Untranslatednotice1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const untranslatednotice1 = /** @type {((inputs?: Untranslatednotice1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Untranslatednotice1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_untranslatednotice1(inputs)
	if (locale === "fr") return fr_untranslatednotice1(inputs)
	return en_untranslatednotice1(inputs)
});
export { untranslatednotice1 as "untranslatedNotice" }