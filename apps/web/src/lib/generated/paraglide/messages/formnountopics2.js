/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formnountopics2Inputs */

const en_formnountopics2 = /** @type {(inputs: Formnountopics2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Topics`)
};

const es_formnountopics2 = /** @type {(inputs: Formnountopics2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los temas`)
};

const fr_formnountopics2 = /** @type {(inputs: Formnountopics2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les sujets`)
};

/**
* | output |
* | --- |
* | "Topics" |
*
* @param {Formnountopics2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formnountopics2 = /** @type {((inputs?: Formnountopics2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formnountopics2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formnountopics2(inputs)
	if (locale === "fr") return fr_formnountopics2(inputs)
	return en_formnountopics2(inputs)
});
export { formnountopics2 as "formNounTopics" }