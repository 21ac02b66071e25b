/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formconfirmbutton2Inputs */

const en_formconfirmbutton2 = /** @type {(inputs: Formconfirmbutton2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confirm sign-up`)
};

const es_formconfirmbutton2 = /** @type {(inputs: Formconfirmbutton2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confirmar la suscripción`)
};

const fr_formconfirmbutton2 = /** @type {(inputs: Formconfirmbutton2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confirmer l’abonnement`)
};

/**
* | output |
* | --- |
* | "Confirm sign-up" |
*
* @param {Formconfirmbutton2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formconfirmbutton2 = /** @type {((inputs?: Formconfirmbutton2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formconfirmbutton2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formconfirmbutton2(inputs)
	if (locale === "fr") return fr_formconfirmbutton2(inputs)
	return en_formconfirmbutton2(inputs)
});
export { formconfirmbutton2 as "formConfirmButton" }