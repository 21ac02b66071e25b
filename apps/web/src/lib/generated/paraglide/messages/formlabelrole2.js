/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelrole2Inputs */

const en_formlabelrole2 = /** @type {(inputs: Formlabelrole2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your role`)
};

const es_formlabelrole2 = /** @type {(inputs: Formlabelrole2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Su función`)
};

const fr_formlabelrole2 = /** @type {(inputs: Formlabelrole2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre fonction`)
};

/**
* | output |
* | --- |
* | "Your role" |
*
* @param {Formlabelrole2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelrole2 = /** @type {((inputs?: Formlabelrole2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelrole2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelrole2(inputs)
	if (locale === "fr") return fr_formlabelrole2(inputs)
	return en_formlabelrole2(inputs)
});
export { formlabelrole2 as "formLabelRole" }