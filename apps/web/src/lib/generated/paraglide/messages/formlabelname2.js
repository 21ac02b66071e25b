/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelname2Inputs */

const en_formlabelname2 = /** @type {(inputs: Formlabelname2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your name`)
};

const es_formlabelname2 = /** @type {(inputs: Formlabelname2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Su nombre`)
};

const fr_formlabelname2 = /** @type {(inputs: Formlabelname2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre nom`)
};

/**
* | output |
* | --- |
* | "Your name" |
*
* @param {Formlabelname2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelname2 = /** @type {((inputs?: Formlabelname2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelname2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelname2(inputs)
	if (locale === "fr") return fr_formlabelname2(inputs)
	return en_formlabelname2(inputs)
});
export { formlabelname2 as "formLabelName" }