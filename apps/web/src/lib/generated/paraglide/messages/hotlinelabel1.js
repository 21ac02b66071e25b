/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hotlinelabel1Inputs */

const en_hotlinelabel1 = /** @type {(inputs: Hotlinelabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`National Human Trafficking Hotline`)
};

const es_hotlinelabel1 = /** @type {(inputs: Hotlinelabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Línea Nacional contra la Trata de Personas`)
};

const fr_hotlinelabel1 = /** @type {(inputs: Hotlinelabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ligne nationale contre la traite des êtres humains`)
};

/**
* | output |
* | --- |
* | "National Human Trafficking Hotline" |
*
* @param {Hotlinelabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const hotlinelabel1 = /** @type {((inputs?: Hotlinelabel1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hotlinelabel1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_hotlinelabel1(inputs)
	if (locale === "fr") return fr_hotlinelabel1(inputs)
	return en_hotlinelabel1(inputs)
});
export { hotlinelabel1 as "hotlineLabel" }