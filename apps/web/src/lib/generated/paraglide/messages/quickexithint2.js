/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Quickexithint2Inputs */

const en_quickexithint2 = /** @type {(inputs: Quickexithint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave this site quickly: press Shift 3 times or use the Exit button.`)
};

const es_quickexithint2 = /** @type {(inputs: Quickexithint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Salga rápido de este sitio: pulse Mayús 3 veces o use el botón Salir.`)
};

const fr_quickexithint2 = /** @type {(inputs: Quickexithint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quittez vite ce site : appuyez 3 fois sur Maj ou utilisez le bouton Quitter.`)
};

/**
* | output |
* | --- |
* | "Leave this site quickly: press Shift 3 times or use the Exit button." |
*
* @param {Quickexithint2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const quickexithint2 = /** @type {((inputs?: Quickexithint2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quickexithint2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_quickexithint2(inputs)
	if (locale === "fr") return fr_quickexithint2(inputs)
	return en_quickexithint2(inputs)
});
export { quickexithint2 as "quickExitHint" }