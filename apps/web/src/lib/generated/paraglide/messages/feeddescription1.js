/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Feeddescription1Inputs */

const en_feeddescription1 = /** @type {(inputs: Feeddescription1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pages, questions and resources published or updated on the site, newest first.`)
};

const es_feeddescription1 = /** @type {(inputs: Feeddescription1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Páginas, preguntas y recursos publicados o actualizados en el sitio, los más recientes primero.`)
};

const fr_feeddescription1 = /** @type {(inputs: Feeddescription1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pages, questions et ressources publiées ou mises à jour sur le site, les plus récentes d’abord.`)
};

/**
* | output |
* | --- |
* | "Pages, questions and resources published or updated on the site, newest first." |
*
* @param {Feeddescription1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const feeddescription1 = /** @type {((inputs?: Feeddescription1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Feeddescription1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_feeddescription1(inputs)
	if (locale === "fr") return fr_feeddescription1(inputs)
	return en_feeddescription1(inputs)
});
export { feeddescription1 as "feedDescription" }