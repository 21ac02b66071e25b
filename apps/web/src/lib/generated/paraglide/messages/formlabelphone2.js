/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelphone2Inputs */

const en_formlabelphone2 = /** @type {(inputs: Formlabelphone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Phone number (optional)`)
};

const es_formlabelphone2 = /** @type {(inputs: Formlabelphone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Número de teléfono (opcional)`)
};

const fr_formlabelphone2 = /** @type {(inputs: Formlabelphone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Numéro de téléphone (facultatif)`)
};

/**
* | output |
* | --- |
* | "Phone number (optional)" |
*
* @param {Formlabelphone2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelphone2 = /** @type {((inputs?: Formlabelphone2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelphone2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelphone2(inputs)
	if (locale === "fr") return fr_formlabelphone2(inputs)
	return en_formlabelphone2(inputs)
});
export { formlabelphone2 as "formLabelPhone" }