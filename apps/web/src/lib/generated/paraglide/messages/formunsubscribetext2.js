/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formunsubscribetext2Inputs */

const en_formunsubscribetext2 = /** @type {(inputs: Formunsubscribetext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Press the button to stop receiving the Maine STEN e-newsletter. Your address is deleted.`)
};

const es_formunsubscribetext2 = /** @type {(inputs: Formunsubscribetext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pulse el botón para dejar de recibir el boletín de Maine STEN. Su dirección se borrará.`)
};

const fr_formunsubscribetext2 = /** @type {(inputs: Formunsubscribetext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appuyez sur le bouton pour ne plus recevoir la lettre d’information de Maine STEN. Votre adresse sera supprimée.`)
};

/**
* | output |
* | --- |
* | "Press the button to stop receiving the Maine STEN e-newsletter. Your address is deleted." |
*
* @param {Formunsubscribetext2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formunsubscribetext2 = /** @type {((inputs?: Formunsubscribetext2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formunsubscribetext2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formunsubscribetext2(inputs)
	if (locale === "fr") return fr_formunsubscribetext2(inputs)
	return en_formunsubscribetext2(inputs)
});
export { formunsubscribetext2 as "formUnsubscribeText" }