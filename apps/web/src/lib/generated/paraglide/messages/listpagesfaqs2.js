/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Listpagesfaqs2Inputs */

const en_listpagesfaqs2 = /** @type {(inputs: Listpagesfaqs2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pages of the questions`)
};

const es_listpagesfaqs2 = /** @type {(inputs: Listpagesfaqs2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Páginas de las preguntas`)
};

const fr_listpagesfaqs2 = /** @type {(inputs: Listpagesfaqs2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pages des questions`)
};

/**
* | output |
* | --- |
* | "Pages of the questions" |
*
* @param {Listpagesfaqs2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const listpagesfaqs2 = /** @type {((inputs?: Listpagesfaqs2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Listpagesfaqs2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_listpagesfaqs2(inputs)
	if (locale === "fr") return fr_listpagesfaqs2(inputs)
	return en_listpagesfaqs2(inputs)
});
export { listpagesfaqs2 as "listPagesFaqs" }