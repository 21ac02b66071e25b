/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formunsubscribedtitle2Inputs */

const en_formunsubscribedtitle2 = /** @type {(inputs: Formunsubscribedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are unsubscribed`)
};

const es_formunsubscribedtitle2 = /** @type {(inputs: Formunsubscribedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Su suscripción está cancelada`)
};

const fr_formunsubscribedtitle2 = /** @type {(inputs: Formunsubscribedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous êtes désabonné`)
};

/**
* | output |
* | --- |
* | "You are unsubscribed" |
*
* @param {Formunsubscribedtitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formunsubscribedtitle2 = /** @type {((inputs?: Formunsubscribedtitle2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formunsubscribedtitle2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formunsubscribedtitle2(inputs)
	if (locale === "fr") return fr_formunsubscribedtitle2(inputs)
	return en_formunsubscribedtitle2(inputs)
});
export { formunsubscribedtitle2 as "formUnsubscribedTitle" }