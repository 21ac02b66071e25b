/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Errortitle1Inputs */

const en_errortitle1 = /** @type {(inputs: Errortitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This page is temporarily unavailable`)
};

const es_errortitle1 = /** @type {(inputs: Errortitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esta página no está disponible por el momento`)
};

const fr_errortitle1 = /** @type {(inputs: Errortitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cette page est momentanément indisponible`)
};

/**
* | output |
* | --- |
* | "This page is temporarily unavailable" |
*
* @param {Errortitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const errortitle1 = /** @type {((inputs?: Errortitle1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errortitle1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_errortitle1(inputs)
	if (locale === "fr") return fr_errortitle1(inputs)
	return en_errortitle1(inputs)
});
export { errortitle1 as "errorTitle" }