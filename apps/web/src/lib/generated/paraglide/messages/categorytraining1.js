/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Categorytraining1Inputs */

const en_categorytraining1 = /** @type {(inputs: Categorytraining1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Training`)
};

const es_categorytraining1 = /** @type {(inputs: Categorytraining1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Capacitación`)
};

const fr_categorytraining1 = /** @type {(inputs: Categorytraining1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Formation`)
};

/**
* | output |
* | --- |
* | "Training" |
*
* @param {Categorytraining1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const categorytraining1 = /** @type {((inputs?: Categorytraining1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Categorytraining1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_categorytraining1(inputs)
	if (locale === "fr") return fr_categorytraining1(inputs)
	return en_categorytraining1(inputs)
});
export { categorytraining1 as "categoryTraining" }