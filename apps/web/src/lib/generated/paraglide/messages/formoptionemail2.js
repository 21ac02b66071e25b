/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formoptionemail2Inputs */

const en_formoptionemail2 = /** @type {(inputs: Formoptionemail2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By email`)
};

const es_formoptionemail2 = /** @type {(inputs: Formoptionemail2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Por correo electrónico`)
};

const fr_formoptionemail2 = /** @type {(inputs: Formoptionemail2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Par e-mail`)
};

/**
* | output |
* | --- |
* | "By email" |
*
* @param {Formoptionemail2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formoptionemail2 = /** @type {((inputs?: Formoptionemail2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formoptionemail2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formoptionemail2(inputs)
	if (locale === "fr") return fr_formoptionemail2(inputs)
	return en_formoptionemail2(inputs)
});
export { formoptionemail2 as "formOptionEmail" }