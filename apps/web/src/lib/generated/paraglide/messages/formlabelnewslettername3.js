/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelnewslettername3Inputs */

const en_formlabelnewslettername3 = /** @type {(inputs: Formlabelnewslettername3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your name (optional)`)
};

const es_formlabelnewslettername3 = /** @type {(inputs: Formlabelnewslettername3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Su nombre (opcional)`)
};

const fr_formlabelnewslettername3 = /** @type {(inputs: Formlabelnewslettername3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre nom (facultatif)`)
};

/**
* | output |
* | --- |
* | "Your name (optional)" |
*
* @param {Formlabelnewslettername3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelnewslettername3 = /** @type {((inputs?: Formlabelnewslettername3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelnewslettername3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelnewslettername3(inputs)
	if (locale === "fr") return fr_formlabelnewslettername3(inputs)
	return en_formlabelnewslettername3(inputs)
});
export { formlabelnewslettername3 as "formLabelNewsletterName" }