/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Categorysupportfund2Inputs */

const en_categorysupportfund2 = /** @type {(inputs: Categorysupportfund2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support fund`)
};

const es_categorysupportfund2 = /** @type {(inputs: Categorysupportfund2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fondo de apoyo`)
};

const fr_categorysupportfund2 = /** @type {(inputs: Categorysupportfund2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fonds de soutien`)
};

/**
* | output |
* | --- |
* | "Support fund" |
*
* @param {Categorysupportfund2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const categorysupportfund2 = /** @type {((inputs?: Categorysupportfund2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Categorysupportfund2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_categorysupportfund2(inputs)
	if (locale === "fr") return fr_categorysupportfund2(inputs)
	return en_categorysupportfund2(inputs)
});
export { categorysupportfund2 as "categorySupportFund" }