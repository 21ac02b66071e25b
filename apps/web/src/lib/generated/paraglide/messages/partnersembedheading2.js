/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Partnersembedheading2Inputs */

const en_partnersembedheading2 = /** @type {(inputs: Partnersembedheading2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show the hotline on your site`)
};

const es_partnersembedheading2 = /** @type {(inputs: Partnersembedheading2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Muestre la línea de ayuda en su sitio`)
};

const fr_partnersembedheading2 = /** @type {(inputs: Partnersembedheading2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Affichez la ligne d’aide sur votre site`)
};

/**
* | output |
* | --- |
* | "Show the hotline on your site" |
*
* @param {Partnersembedheading2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const partnersembedheading2 = /** @type {((inputs?: Partnersembedheading2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Partnersembedheading2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_partnersembedheading2(inputs)
	if (locale === "fr") return fr_partnersembedheading2(inputs)
	return en_partnersembedheading2(inputs)
});
export { partnersembedheading2 as "partnersEmbedHeading" }