/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelorganization2Inputs */

const en_formlabelorganization2 = /** @type {(inputs: Formlabelorganization2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Organization`)
};

const es_formlabelorganization2 = /** @type {(inputs: Formlabelorganization2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Organización`)
};

const fr_formlabelorganization2 = /** @type {(inputs: Formlabelorganization2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Organisme`)
};

/**
* | output |
* | --- |
* | "Organization" |
*
* @param {Formlabelorganization2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelorganization2 = /** @type {((inputs?: Formlabelorganization2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelorganization2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelorganization2(inputs)
	if (locale === "fr") return fr_formlabelorganization2(inputs)
	return en_formlabelorganization2(inputs)
});
export { formlabelorganization2 as "formLabelOrganization" }