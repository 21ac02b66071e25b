/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchunavailable1Inputs */

const en_searchunavailable1 = /** @type {(inputs: Searchunavailable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search is not available right now. Please try again in a few minutes; the hotline above is always available.`)
};

const es_searchunavailable1 = /** @type {(inputs: Searchunavailable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La búsqueda no está disponible en este momento. Vuelva a intentarlo en unos minutos; la línea de ayuda de arriba siempre está disponible.`)
};

const fr_searchunavailable1 = /** @type {(inputs: Searchunavailable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La recherche n’est pas disponible pour le moment. Réessayez dans quelques minutes ; la ligne d’aide ci-dessus est toujours disponible.`)
};

/**
* | output |
* | --- |
* | "Search is not available right now. Please try again in a few minutes; the hotline above is always available." |
*
* @param {Searchunavailable1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchunavailable1 = /** @type {((inputs?: Searchunavailable1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchunavailable1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchunavailable1(inputs)
	if (locale === "fr") return fr_searchunavailable1(inputs)
	return en_searchunavailable1(inputs)
});
export { searchunavailable1 as "searchUnavailable" }