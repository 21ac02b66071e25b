/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchhotlinetext2Inputs */

const en_searchhotlinetext2 = /** @type {(inputs: Searchhotlinetext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The National Human Trafficking Hotline answers 24 hours a day, in more than 200 languages.`)
};

const es_searchhotlinetext2 = /** @type {(inputs: Searchhotlinetext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La Línea Nacional contra la Trata de Personas atiende las 24 horas del día, en más de 200 idiomas.`)
};

const fr_searchhotlinetext2 = /** @type {(inputs: Searchhotlinetext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La Ligne nationale contre la traite des êtres humains répond 24 heures sur 24, dans plus de 200 langues.`)
};

/**
* | output |
* | --- |
* | "The National Human Trafficking Hotline answers 24 hours a day, in more than 200 languages." |
*
* @param {Searchhotlinetext2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchhotlinetext2 = /** @type {((inputs?: Searchhotlinetext2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchhotlinetext2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchhotlinetext2(inputs)
	if (locale === "fr") return fr_searchhotlinetext2(inputs)
	return en_searchhotlinetext2(inputs)
});
export { searchhotlinetext2 as "searchHotlineText" }