/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Translationunreviewednotice2Inputs */

const en_translationunreviewednotice2 = /** @type {(inputs: Translationunreviewednotice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This translation has not yet been checked by a person.`)
};

const es_translationunreviewednotice2 = /** @type {(inputs: Translationunreviewednotice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ninguna persona ha revisado todavía esta traducción.`)
};

const fr_translationunreviewednotice2 = /** @type {(inputs: Translationunreviewednotice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucune personne n’a encore vérifié cette traduction.`)
};

/**
* | output |
* | --- |
* | "This translation has not yet been checked by a person." |
*
* @param {Translationunreviewednotice2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const translationunreviewednotice2 = /** @type {((inputs?: Translationunreviewednotice2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Translationunreviewednotice2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_translationunreviewednotice2(inputs)
	if (locale === "fr") return fr_translationunreviewednotice2(inputs)
	return en_translationunreviewednotice2(inputs)
});
export { translationunreviewednotice2 as "translationUnreviewedNotice" }