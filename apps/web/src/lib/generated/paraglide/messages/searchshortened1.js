/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchshortened1Inputs */

const en_searchshortened1 = /** @type {(inputs: Searchshortened1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your search was long, so only its first 200 characters were used.`)
};

const es_searchshortened1 = /** @type {(inputs: Searchshortened1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Su búsqueda era larga, así que solo se usaron sus primeros 200 caracteres.`)
};

const fr_searchshortened1 = /** @type {(inputs: Searchshortened1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre recherche était longue : seuls ses 200 premiers caractères ont été utilisés.`)
};

/**
* | output |
* | --- |
* | "Your search was long, so only its first 200 characters were used." |
*
* @param {Searchshortened1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchshortened1 = /** @type {((inputs?: Searchshortened1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchshortened1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchshortened1(inputs)
	if (locale === "fr") return fr_searchshortened1(inputs)
	return en_searchshortened1(inputs)
});
export { searchshortened1 as "searchShortened" }