/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ key: NonNullable<unknown>, n: NonNullable<unknown> }} Quickexitcountdown2Inputs */

const en_quickexitcountdown2 = /** @type {(inputs: Quickexitcountdown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Press ${i?.key} ${i?.n} more times to exit this page.`)
};

const es_quickexitcountdown2 = /** @type {(inputs: Quickexitcountdown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pulse ${i?.key} ${i?.n} veces más para salir de esta página.`)
};

const fr_quickexitcountdown2 = /** @type {(inputs: Quickexitcountdown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Appuyez encore ${i?.n} fois sur ${i?.key} pour quitter cette page.`)
};

/**
* | output |
* | --- |
* | "Press {key} {n} more times to exit this page." |
*
* @param {Quickexitcountdown2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const quickexitcountdown2 = /** @type {((inputs: Quickexitcountdown2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quickexitcountdown2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_quickexitcountdown2(inputs)
	if (locale === "fr") return fr_quickexitcountdown2(inputs)
	return en_quickexitcountdown2(inputs)
});
export { quickexitcountdown2 as "quickExitCountdown" }