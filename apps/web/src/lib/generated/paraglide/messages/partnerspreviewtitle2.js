/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Partnerspreviewtitle2Inputs */

const en_partnerspreviewtitle2 = /** @type {(inputs: Partnerspreviewtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preview of the hotline card`)
};

const es_partnerspreviewtitle2 = /** @type {(inputs: Partnerspreviewtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vista previa de la tarjeta de la línea de ayuda`)
};

const fr_partnerspreviewtitle2 = /** @type {(inputs: Partnerspreviewtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aperçu de la carte de la ligne d’aide`)
};

/**
* | output |
* | --- |
* | "Preview of the hotline card" |
*
* @param {Partnerspreviewtitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const partnerspreviewtitle2 = /** @type {((inputs?: Partnerspreviewtitle2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Partnerspreviewtitle2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_partnerspreviewtitle2(inputs)
	if (locale === "fr") return fr_partnerspreviewtitle2(inputs)
	return en_partnerspreviewtitle2(inputs)
});
export { partnerspreviewtitle2 as "partnersPreviewTitle" }