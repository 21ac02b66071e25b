/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchintro1Inputs */

const en_searchintro1 = /** @type {(inputs: Searchintro1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What you type here is not kept: it is not in the page address, the browser history or our logs.`)
};

const es_searchintro1 = /** @type {(inputs: Searchintro1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo que escribe aquí no se guarda: no aparece en la dirección de la página, en el historial del navegador ni en nuestros registros.`)
};

const fr_searchintro1 = /** @type {(inputs: Searchintro1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce que vous tapez ici n’est pas conservé : ni dans l’adresse de la page, ni dans l’historique du navigateur, ni dans nos journaux.`)
};

/**
* | output |
* | --- |
* | "What you type here is not kept: it is not in the page address, the browser history or our logs." |
*
* @param {Searchintro1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchintro1 = /** @type {((inputs?: Searchintro1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchintro1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchintro1(inputs)
	if (locale === "fr") return fr_searchintro1(inputs)
	return en_searchintro1(inputs)
});
export { searchintro1 as "searchIntro" }