/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formunsubscribetitle2Inputs */

const en_formunsubscribetitle2 = /** @type {(inputs: Formunsubscribetitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unsubscribe from the newsletter`)
};

const es_formunsubscribetitle2 = /** @type {(inputs: Formunsubscribetitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancelar la suscripción al boletín`)
};

const fr_formunsubscribetitle2 = /** @type {(inputs: Formunsubscribetitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se désabonner de la lettre d’information`)
};

/**
* | output |
* | --- |
* | "Unsubscribe from the newsletter" |
*
* @param {Formunsubscribetitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formunsubscribetitle2 = /** @type {((inputs?: Formunsubscribetitle2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formunsubscribetitle2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formunsubscribetitle2(inputs)
	if (locale === "fr") return fr_formunsubscribetitle2(inputs)
	return en_formunsubscribetitle2(inputs)
});
export { formunsubscribetitle2 as "formUnsubscribeTitle" }