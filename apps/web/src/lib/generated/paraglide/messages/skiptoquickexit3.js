/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Skiptoquickexit3Inputs */

const en_skiptoquickexit3 = /** @type {(inputs: Skiptoquickexit3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip to the exit button`)
};

const es_skiptoquickexit3 = /** @type {(inputs: Skiptoquickexit3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saltar al botón de salida`)
};

const fr_skiptoquickexit3 = /** @type {(inputs: Skiptoquickexit3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aller au bouton de sortie`)
};

/**
* | output |
* | --- |
* | "Skip to the exit button" |
*
* @param {Skiptoquickexit3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const skiptoquickexit3 = /** @type {((inputs?: Skiptoquickexit3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Skiptoquickexit3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_skiptoquickexit3(inputs)
	if (locale === "fr") return fr_skiptoquickexit3(inputs)
	return en_skiptoquickexit3(inputs)
});
export { skiptoquickexit3 as "skipToQuickExit" }