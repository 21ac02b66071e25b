/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Previewbanner1Inputs */

const en_previewbanner1 = /** @type {(inputs: Previewbanner1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preview — not published. Visitors see the published version.`)
};

const es_previewbanner1 = /** @type {(inputs: Previewbanner1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vista previa: sin publicar. Los visitantes ven la versión publicada.`)
};

const fr_previewbanner1 = /** @type {(inputs: Previewbanner1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aperçu : non publié. Les visiteurs voient la version publiée.`)
};

/**
* | output |
* | --- |
* | "Preview — not published. Visitors see the published version." |
*
* @param {Previewbanner1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const previewbanner1 = /** @type {((inputs?: Previewbanner1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Previewbanner1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_previewbanner1(inputs)
	if (locale === "fr") return fr_previewbanner1(inputs)
	return en_previewbanner1(inputs)
});
export { previewbanner1 as "previewBanner" }