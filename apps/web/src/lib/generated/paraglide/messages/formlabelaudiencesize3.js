/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelaudiencesize3Inputs */

const en_formlabelaudiencesize3 = /** @type {(inputs: Formlabelaudiencesize3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Number of people`)
};

const es_formlabelaudiencesize3 = /** @type {(inputs: Formlabelaudiencesize3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Número de personas`)
};

const fr_formlabelaudiencesize3 = /** @type {(inputs: Formlabelaudiencesize3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nombre de personnes`)
};

/**
* | output |
* | --- |
* | "Number of people" |
*
* @param {Formlabelaudiencesize3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelaudiencesize3 = /** @type {((inputs?: Formlabelaudiencesize3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelaudiencesize3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelaudiencesize3(inputs)
	if (locale === "fr") return fr_formlabelaudiencesize3(inputs)
	return en_formlabelaudiencesize3(inputs)
});
export { formlabelaudiencesize3 as "formLabelAudienceSize" }