/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ key: NonNullable<unknown> }} Quickexitcountdownone3Inputs */

const en_quickexitcountdownone3 = /** @type {(inputs: Quickexitcountdownone3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Press ${i?.key} 1 more time to exit this page.`)
};

const es_quickexitcountdownone3 = /** @type {(inputs: Quickexitcountdownone3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pulse ${i?.key} 1 vez más para salir de esta página.`)
};

const fr_quickexitcountdownone3 = /** @type {(inputs: Quickexitcountdownone3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Appuyez encore 1 fois sur ${i?.key} pour quitter cette page.`)
};

/**
* | output |
* | --- |
* | "Press {key} 1 more time to exit this page." |
*
* @param {Quickexitcountdownone3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const quickexitcountdownone3 = /** @type {((inputs: Quickexitcountdownone3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quickexitcountdownone3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_quickexitcountdownone3(inputs)
	if (locale === "fr") return fr_quickexitcountdownone3(inputs)
	return en_quickexitcountdownone3(inputs)
});
export { quickexitcountdownone3 as "quickExitCountdownOne" }