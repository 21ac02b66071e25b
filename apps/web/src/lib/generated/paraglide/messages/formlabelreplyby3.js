/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelreplyby3Inputs */

const en_formlabelreplyby3 = /** @type {(inputs: Formlabelreplyby3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How should we reply?`)
};

const es_formlabelreplyby3 = /** @type {(inputs: Formlabelreplyby3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`¿Cómo quiere que le respondamos?`)
};

const fr_formlabelreplyby3 = /** @type {(inputs: Formlabelreplyby3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment devons-nous vous répondre ?`)
};

/**
* | output |
* | --- |
* | "How should we reply?" |
*
* @param {Formlabelreplyby3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelreplyby3 = /** @type {((inputs?: Formlabelreplyby3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelreplyby3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelreplyby3(inputs)
	if (locale === "fr") return fr_formlabelreplyby3(inputs)
	return en_formlabelreplyby3(inputs)
});
export { formlabelreplyby3 as "formLabelReplyBy" }