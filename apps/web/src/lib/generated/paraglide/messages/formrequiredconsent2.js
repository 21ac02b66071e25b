/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formrequiredconsent2Inputs */

const en_formrequiredconsent2 = /** @type {(inputs: Formrequiredconsent2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tick the box to agree to receive the newsletter`)
};

const es_formrequiredconsent2 = /** @type {(inputs: Formrequiredconsent2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Marque la casilla para aceptar recibir el boletín`)
};

const fr_formrequiredconsent2 = /** @type {(inputs: Formrequiredconsent2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cochez la case pour accepter de recevoir la lettre d’information`)
};

/**
* | output |
* | --- |
* | "Tick the box to agree to receive the newsletter" |
*
* @param {Formrequiredconsent2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formrequiredconsent2 = /** @type {((inputs?: Formrequiredconsent2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formrequiredconsent2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formrequiredconsent2(inputs)
	if (locale === "fr") return fr_formrequiredconsent2(inputs)
	return en_formrequiredconsent2(inputs)
});
export { formrequiredconsent2 as "formRequiredConsent" }