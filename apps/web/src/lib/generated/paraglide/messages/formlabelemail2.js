/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelemail2Inputs */

const en_formlabelemail2 = /** @type {(inputs: Formlabelemail2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Email address`)
};

const es_formlabelemail2 = /** @type {(inputs: Formlabelemail2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Correo electrónico`)
};

const fr_formlabelemail2 = /** @type {(inputs: Formlabelemail2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse e-mail`)
};

/**
* | output |
* | --- |
* | "Email address" |
*
* @param {Formlabelemail2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelemail2 = /** @type {((inputs?: Formlabelemail2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelemail2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelemail2(inputs)
	if (locale === "fr") return fr_formlabelemail2(inputs)
	return en_formlabelemail2(inputs)
});
export { formlabelemail2 as "formLabelEmail" }