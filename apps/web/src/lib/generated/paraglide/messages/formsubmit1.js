/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formsubmit1Inputs */

const en_formsubmit1 = /** @type {(inputs: Formsubmit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send`)
};

const es_formsubmit1 = /** @type {(inputs: Formsubmit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enviar`)
};

const fr_formsubmit1 = /** @type {(inputs: Formsubmit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Envoyer`)
};

/**
* | output |
* | --- |
* | "Send" |
*
* @param {Formsubmit1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formsubmit1 = /** @type {((inputs?: Formsubmit1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formsubmit1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formsubmit1(inputs)
	if (locale === "fr") return fr_formsubmit1(inputs)
	return en_formsubmit1(inputs)
});
export { formsubmit1 as "formSubmit" }