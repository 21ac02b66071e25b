/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formnewsletterform2Inputs */

const en_formnewsletterform2 = /** @type {(inputs: Formnewsletterform2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Go to the newsletter sign-up form`)
};

const es_formnewsletterform2 = /** @type {(inputs: Formnewsletterform2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ir al formulario de suscripción al boletín`)
};

const fr_formnewsletterform2 = /** @type {(inputs: Formnewsletterform2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aller au formulaire d’abonnement`)
};

/**
* | output |
* | --- |
* | "Go to the newsletter sign-up form" |
*
* @param {Formnewsletterform2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formnewsletterform2 = /** @type {((inputs?: Formnewsletterform2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formnewsletterform2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formnewsletterform2(inputs)
	if (locale === "fr") return fr_formnewsletterform2(inputs)
	return en_formnewsletterform2(inputs)
});
export { formnewsletterform2 as "formNewsletterForm" }