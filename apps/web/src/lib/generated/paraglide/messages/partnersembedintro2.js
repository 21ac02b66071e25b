/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Partnersembedintro2Inputs */

const en_partnersembedintro2 = /** @type {(inputs: Partnersembedintro2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy one of these into your page. The card shows the numbers as they are now, in this page’s language, and loads nothing else: no script, no cookie.`)
};

const es_partnersembedintro2 = /** @type {(inputs: Partnersembedintro2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copie uno de estos códigos en su página. La tarjeta muestra los números vigentes, en el idioma de esta página, y no carga nada más: ni scripts ni cookies.`)
};

const fr_partnersembedintro2 = /** @type {(inputs: Partnersembedintro2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copiez l’un de ces codes dans votre page. La carte affiche les numéros actuels, dans la langue de cette page, et ne charge rien d’autre : ni script ni cookie.`)
};

/**
* | output |
* | --- |
* | "Copy one of these into your page. The card shows the numbers as they are now, in this page’s language, and loads nothing else: no script, no cookie." |
*
* @param {Partnersembedintro2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const partnersembedintro2 = /** @type {((inputs?: Partnersembedintro2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Partnersembedintro2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_partnersembedintro2(inputs)
	if (locale === "fr") return fr_partnersembedintro2(inputs)
	return en_partnersembedintro2(inputs)
});
export { partnersembedintro2 as "partnersEmbedIntro" }