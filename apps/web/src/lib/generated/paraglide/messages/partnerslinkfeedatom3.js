/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Partnerslinkfeedatom3Inputs */

const en_partnerslinkfeedatom3 = /** @type {(inputs: Partnerslinkfeedatom3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Latest changes as an Atom feed`)
};

const es_partnerslinkfeedatom3 = /** @type {(inputs: Partnerslinkfeedatom3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Últimos cambios en Atom`)
};

const fr_partnerslinkfeedatom3 = /** @type {(inputs: Partnerslinkfeedatom3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dernières modifications en Atom`)
};

/**
* | output |
* | --- |
* | "Latest changes as an Atom feed" |
*
* @param {Partnerslinkfeedatom3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const partnerslinkfeedatom3 = /** @type {((inputs?: Partnerslinkfeedatom3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Partnerslinkfeedatom3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_partnerslinkfeedatom3(inputs)
	if (locale === "fr") return fr_partnerslinkfeedatom3(inputs)
	return en_partnerslinkfeedatom3(inputs)
});
export { partnerslinkfeedatom3 as "partnersLinkFeedAtom" }