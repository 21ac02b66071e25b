/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Quickexitleaving2Inputs */

const en_quickexitleaving2 = /** @type {(inputs: Quickexitleaving2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leaving this page…`)
};

const es_quickexitleaving2 = /** @type {(inputs: Quickexitleaving2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saliendo de esta página…`)
};

const fr_quickexitleaving2 = /** @type {(inputs: Quickexitleaving2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous quittez cette page…`)
};

/**
* | output |
* | --- |
* | "Leaving this page…" |
*
* @param {Quickexitleaving2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const quickexitleaving2 = /** @type {((inputs?: Quickexitleaving2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quickexitleaving2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_quickexitleaving2(inputs)
	if (locale === "fr") return fr_quickexitleaving2(inputs)
	return en_quickexitleaving2(inputs)
});
export { quickexitleaving2 as "quickExitLeaving" }