/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formunsubscribebutton2Inputs */

const en_formunsubscribebutton2 = /** @type {(inputs: Formunsubscribebutton2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unsubscribe`)
};

const es_formunsubscribebutton2 = /** @type {(inputs: Formunsubscribebutton2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancelar la suscripción`)
};

const fr_formunsubscribebutton2 = /** @type {(inputs: Formunsubscribebutton2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se désabonner`)
};

/**
* | output |
* | --- |
* | "Unsubscribe" |
*
* @param {Formunsubscribebutton2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formunsubscribebutton2 = /** @type {((inputs?: Formunsubscribebutton2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formunsubscribebutton2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formunsubscribebutton2(inputs)
	if (locale === "fr") return fr_formunsubscribebutton2(inputs)
	return en_formunsubscribebutton2(inputs)
});
export { formunsubscribebutton2 as "formUnsubscribeButton" }