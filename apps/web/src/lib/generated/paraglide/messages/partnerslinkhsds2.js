/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Partnerslinkhsds2Inputs */

const en_partnerslinkhsds2 = /** @type {(inputs: Partnerslinkhsds2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Provider Council directory in Open Referral HSDS 3.0 (for 211 and referral systems)`)
};

const es_partnerslinkhsds2 = /** @type {(inputs: Partnerslinkhsds2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Directorio del Consejo de Proveedores en Open Referral HSDS 3.0 (para 211 y sistemas de derivación)`)
};

const fr_partnerslinkhsds2 = /** @type {(inputs: Partnerslinkhsds2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Annuaire du Conseil des prestataires au format Open Referral HSDS 3.0 (pour le 211 et les systèmes d’orientation)`)
};

/**
* | output |
* | --- |
* | "Provider Council directory in Open Referral HSDS 3.0 (for 211 and referral systems)" |
*
* @param {Partnerslinkhsds2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const partnerslinkhsds2 = /** @type {((inputs?: Partnerslinkhsds2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Partnerslinkhsds2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_partnerslinkhsds2(inputs)
	if (locale === "fr") return fr_partnerslinkhsds2(inputs)
	return en_partnerslinkhsds2(inputs)
});
export { partnerslinkhsds2 as "partnersLinkHsds" }