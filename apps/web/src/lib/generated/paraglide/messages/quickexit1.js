/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Quickexit1Inputs */

const en_quickexit1 = /** @type {(inputs: Quickexit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exit this page`)
};

const es_quickexit1 = /** @type {(inputs: Quickexit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Salir de esta página`)
};

const fr_quickexit1 = /** @type {(inputs: Quickexit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quitter cette page`)
};

/**
* | output |
* | --- |
* | "Exit this page" |
*
* @param {Quickexit1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const quickexit1 = /** @type {((inputs?: Quickexit1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quickexit1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_quickexit1(inputs)
	if (locale === "fr") return fr_quickexit1(inputs)
	return en_quickexit1(inputs)
});
export { quickexit1 as "quickExit" }