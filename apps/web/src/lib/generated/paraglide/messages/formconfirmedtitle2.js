/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formconfirmedtitle2Inputs */

const en_formconfirmedtitle2 = /** @type {(inputs: Formconfirmedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are signed up`)
};

const es_formconfirmedtitle2 = /** @type {(inputs: Formconfirmedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ya está suscrito`)
};

const fr_formconfirmedtitle2 = /** @type {(inputs: Formconfirmedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous êtes abonné`)
};

/**
* | output |
* | --- |
* | "You are signed up" |
*
* @param {Formconfirmedtitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formconfirmedtitle2 = /** @type {((inputs?: Formconfirmedtitle2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formconfirmedtitle2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formconfirmedtitle2(inputs)
	if (locale === "fr") return fr_formconfirmedtitle2(inputs)
	return en_formconfirmedtitle2(inputs)
});
export { formconfirmedtitle2 as "formConfirmedTitle" }