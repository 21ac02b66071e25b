/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Resourcedownload1Inputs */

const en_resourcedownload1 = /** @type {(inputs: Resourcedownload1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download`)
};

const es_resourcedownload1 = /** @type {(inputs: Resourcedownload1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descargar`)
};

const fr_resourcedownload1 = /** @type {(inputs: Resourcedownload1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Télécharger`)
};

/**
* | output |
* | --- |
* | "Download" |
*
* @param {Resourcedownload1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const resourcedownload1 = /** @type {((inputs?: Resourcedownload1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Resourcedownload1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_resourcedownload1(inputs)
	if (locale === "fr") return fr_resourcedownload1(inputs)
	return en_resourcedownload1(inputs)
});
export { resourcedownload1 as "resourceDownload" }