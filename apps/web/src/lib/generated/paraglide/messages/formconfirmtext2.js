/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formconfirmtext2Inputs */

const en_formconfirmtext2 = /** @type {(inputs: Formconfirmtext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Press the button to confirm that you want to receive the Maine STEN e-newsletter at the address you gave.`)
};

const es_formconfirmtext2 = /** @type {(inputs: Formconfirmtext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pulse el botón para confirmar que quiere recibir el boletín de Maine STEN en la dirección que nos dio.`)
};

const fr_formconfirmtext2 = /** @type {(inputs: Formconfirmtext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appuyez sur le bouton pour confirmer que vous souhaitez recevoir la lettre d’information de Maine STEN à l’adresse indiquée.`)
};

/**
* | output |
* | --- |
* | "Press the button to confirm that you want to receive the Maine STEN e-newsletter at the address you gave." |
*
* @param {Formconfirmtext2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formconfirmtext2 = /** @type {((inputs?: Formconfirmtext2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formconfirmtext2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formconfirmtext2(inputs)
	if (locale === "fr") return fr_formconfirmtext2(inputs)
	return en_formconfirmtext2(inputs)
});
export { formconfirmtext2 as "formConfirmText" }