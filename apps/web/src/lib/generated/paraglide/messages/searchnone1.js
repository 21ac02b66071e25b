/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchnone1Inputs */

const en_searchnone1 = /** @type {(inputs: Searchnone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing on this site matches your search. Try other words, or go to:`)
};

const es_searchnone1 = /** @type {(inputs: Searchnone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nada en este sitio coincide con su búsqueda. Pruebe con otras palabras, o vaya a:`)
};

const fr_searchnone1 = /** @type {(inputs: Searchnone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rien sur ce site ne correspond à votre recherche. Essayez d’autres mots, ou allez à :`)
};

/**
* | output |
* | --- |
* | "Nothing on this site matches your search. Try other words, or go to:" |
*
* @param {Searchnone1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchnone1 = /** @type {((inputs?: Searchnone1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchnone1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchnone1(inputs)
	if (locale === "fr") return fr_searchnone1(inputs)
	return en_searchnone1(inputs)
});
export { searchnone1 as "searchNone" }