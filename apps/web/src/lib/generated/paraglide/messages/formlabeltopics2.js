/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabeltopics2Inputs */

const en_formlabeltopics2 = /** @type {(inputs: Formlabeltopics2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Topics (optional)`)
};

const es_formlabeltopics2 = /** @type {(inputs: Formlabeltopics2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Temas (opcional)`)
};

const fr_formlabeltopics2 = /** @type {(inputs: Formlabeltopics2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sujets (facultatif)`)
};

/**
* | output |
* | --- |
* | "Topics (optional)" |
*
* @param {Formlabeltopics2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabeltopics2 = /** @type {((inputs?: Formlabeltopics2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabeltopics2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabeltopics2(inputs)
	if (locale === "fr") return fr_formlabeltopics2(inputs)
	return en_formlabeltopics2(inputs)
});
export { formlabeltopics2 as "formLabelTopics" }