/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelcounty2Inputs */

const en_formlabelcounty2 = /** @type {(inputs: Formlabelcounty2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`County`)
};

const es_formlabelcounty2 = /** @type {(inputs: Formlabelcounty2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Condado`)
};

const fr_formlabelcounty2 = /** @type {(inputs: Formlabelcounty2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comté`)
};

/**
* | output |
* | --- |
* | "County" |
*
* @param {Formlabelcounty2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelcounty2 = /** @type {((inputs?: Formlabelcounty2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelcounty2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelcounty2(inputs)
	if (locale === "fr") return fr_formlabelcounty2(inputs)
	return en_formlabelcounty2(inputs)
});
export { formlabelcounty2 as "formLabelCounty" }