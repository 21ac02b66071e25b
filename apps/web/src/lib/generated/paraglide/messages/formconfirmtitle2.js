/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formconfirmtitle2Inputs */

const en_formconfirmtitle2 = /** @type {(inputs: Formconfirmtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confirm your newsletter sign-up`)
};

const es_formconfirmtitle2 = /** @type {(inputs: Formconfirmtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confirme su suscripción al boletín`)
};

const fr_formconfirmtitle2 = /** @type {(inputs: Formconfirmtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confirmez votre abonnement à la lettre d’information`)
};

/**
* | output |
* | --- |
* | "Confirm your newsletter sign-up" |
*
* @param {Formconfirmtitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formconfirmtitle2 = /** @type {((inputs?: Formconfirmtitle2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formconfirmtitle2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formconfirmtitle2(inputs)
	if (locale === "fr") return fr_formconfirmtitle2(inputs)
	return en_formconfirmtitle2(inputs)
});
export { formconfirmtitle2 as "formConfirmTitle" }