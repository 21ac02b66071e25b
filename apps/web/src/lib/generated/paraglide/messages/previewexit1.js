/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Previewexit1Inputs */

const en_previewexit1 = /** @type {(inputs: Previewexit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exit preview`)
};

const es_previewexit1 = /** @type {(inputs: Previewexit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Salir de la vista previa`)
};

const fr_previewexit1 = /** @type {(inputs: Previewexit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quitter l’aperçu`)
};

/**
* | output |
* | --- |
* | "Exit preview" |
*
* @param {Previewexit1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const previewexit1 = /** @type {((inputs?: Previewexit1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Previewexit1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_previewexit1(inputs)
	if (locale === "fr") return fr_previewexit1(inputs)
	return en_previewexit1(inputs)
});
export { previewexit1 as "previewExit" }