/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Agencywebsite1Inputs */

const en_agencywebsite1 = /** @type {(inputs: Agencywebsite1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Website`)
};

const es_agencywebsite1 = /** @type {(inputs: Agencywebsite1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sitio web`)
};

const fr_agencywebsite1 = /** @type {(inputs: Agencywebsite1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site web`)
};

/**
* | output |
* | --- |
* | "Website" |
*
* @param {Agencywebsite1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const agencywebsite1 = /** @type {((inputs?: Agencywebsite1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Agencywebsite1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_agencywebsite1(inputs)
	if (locale === "fr") return fr_agencywebsite1(inputs)
	return en_agencywebsite1(inputs)
});
export { agencywebsite1 as "agencyWebsite" }