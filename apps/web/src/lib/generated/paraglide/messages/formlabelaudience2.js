/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelaudience2Inputs */

const en_formlabelaudience2 = /** @type {(inputs: Formlabelaudience2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who is the training for?`)
};

const es_formlabelaudience2 = /** @type {(inputs: Formlabelaudience2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`¿Para quién es la capacitación?`)
};

const fr_formlabelaudience2 = /** @type {(inputs: Formlabelaudience2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`À qui s’adresse la formation ?`)
};

/**
* | output |
* | --- |
* | "Who is the training for?" |
*
* @param {Formlabelaudience2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelaudience2 = /** @type {((inputs?: Formlabelaudience2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelaudience2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelaudience2(inputs)
	if (locale === "fr") return fr_formlabelaudience2(inputs)
	return en_formlabelaudience2(inputs)
});
export { formlabelaudience2 as "formLabelAudience" }