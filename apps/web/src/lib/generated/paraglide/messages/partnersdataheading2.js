/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Partnersdataheading2Inputs */

const en_partnersdataheading2 = /** @type {(inputs: Partnersdataheading2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use our content in your systems`)
};

const es_partnersdataheading2 = /** @type {(inputs: Partnersdataheading2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use nuestro contenido en sus sistemas`)
};

const fr_partnersdataheading2 = /** @type {(inputs: Partnersdataheading2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utilisez notre contenu dans vos systèmes`)
};

/**
* | output |
* | --- |
* | "Use our content in your systems" |
*
* @param {Partnersdataheading2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const partnersdataheading2 = /** @type {((inputs?: Partnersdataheading2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Partnersdataheading2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_partnersdataheading2(inputs)
	if (locale === "fr") return fr_partnersdataheading2(inputs)
	return en_partnersdataheading2(inputs)
});
export { partnersdataheading2 as "partnersDataHeading" }