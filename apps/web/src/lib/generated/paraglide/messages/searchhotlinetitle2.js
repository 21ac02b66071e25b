/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchhotlinetitle2Inputs */

const en_searchhotlinetitle2 = /** @type {(inputs: Searchhotlinetitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Need help now?`)
};

const es_searchhotlinetitle2 = /** @type {(inputs: Searchhotlinetitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`¿Necesita ayuda ahora?`)
};

const fr_searchhotlinetitle2 = /** @type {(inputs: Searchhotlinetitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Besoin d’aide maintenant ?`)
};

/**
* | output |
* | --- |
* | "Need help now?" |
*
* @param {Searchhotlinetitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchhotlinetitle2 = /** @type {((inputs?: Searchhotlinetitle2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchhotlinetitle2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchhotlinetitle2(inputs)
	if (locale === "fr") return fr_searchhotlinetitle2(inputs)
	return en_searchhotlinetitle2(inputs)
});
export { searchhotlinetitle2 as "searchHotlineTitle" }