/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formchoose1Inputs */

const en_formchoose1 = /** @type {(inputs: Formchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a county`)
};

const es_formchoose1 = /** @type {(inputs: Formchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elija un condado`)
};

const fr_formchoose1 = /** @type {(inputs: Formchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisissez un comté`)
};

/**
* | output |
* | --- |
* | "Choose a county" |
*
* @param {Formchoose1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formchoose1 = /** @type {((inputs?: Formchoose1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formchoose1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formchoose1(inputs)
	if (locale === "fr") return fr_formchoose1(inputs)
	return en_formchoose1(inputs)
});
export { formchoose1 as "formChoose" }