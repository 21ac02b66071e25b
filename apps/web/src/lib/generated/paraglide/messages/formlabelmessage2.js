/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelmessage2Inputs */

const en_formlabelmessage2 = /** @type {(inputs: Formlabelmessage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your message`)
};

const es_formlabelmessage2 = /** @type {(inputs: Formlabelmessage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Su mensaje`)
};

const fr_formlabelmessage2 = /** @type {(inputs: Formlabelmessage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre message`)
};

/**
* | output |
* | --- |
* | "Your message" |
*
* @param {Formlabelmessage2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelmessage2 = /** @type {((inputs?: Formlabelmessage2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelmessage2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelmessage2(inputs)
	if (locale === "fr") return fr_formlabelmessage2(inputs)
	return en_formlabelmessage2(inputs)
});
export { formlabelmessage2 as "formLabelMessage" }