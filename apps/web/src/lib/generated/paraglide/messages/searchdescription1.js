/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchdescription1Inputs */

const en_searchdescription1 = /** @type {(inputs: Searchdescription1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search every page, question, agency and resource of the Maine STEN site.`)
};

const es_searchdescription1 = /** @type {(inputs: Searchdescription1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Busque en todas las páginas, preguntas, agencias y recursos del sitio de Maine STEN.`)
};

const fr_searchdescription1 = /** @type {(inputs: Searchdescription1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cherchez dans toutes les pages, questions, organismes et ressources du site de Maine STEN.`)
};

/**
* | output |
* | --- |
* | "Search every page, question, agency and resource of the Maine STEN site." |
*
* @param {Searchdescription1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchdescription1 = /** @type {((inputs?: Searchdescription1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchdescription1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchdescription1(inputs)
	if (locale === "fr") return fr_searchdescription1(inputs)
	return en_searchdescription1(inputs)
});
export { searchdescription1 as "searchDescription" }