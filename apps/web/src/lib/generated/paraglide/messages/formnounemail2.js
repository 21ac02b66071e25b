/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formnounemail2Inputs */

const en_formnounemail2 = /** @type {(inputs: Formnounemail2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Email address`)
};

const es_formnounemail2 = /** @type {(inputs: Formnounemail2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El correo electrónico`)
};

const fr_formnounemail2 = /** @type {(inputs: Formnounemail2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse e-mail`)
};

/**
* | output |
* | --- |
* | "Email address" |
*
* @param {Formnounemail2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formnounemail2 = /** @type {((inputs?: Formnounemail2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formnounemail2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formnounemail2(inputs)
	if (locale === "fr") return fr_formnounemail2(inputs)
	return en_formnounemail2(inputs)
});
export { formnounemail2 as "formNounEmail" }