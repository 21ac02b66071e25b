/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Listpagesagencies2Inputs */

const en_listpagesagencies2 = /** @type {(inputs: Listpagesagencies2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pages of the agency list`)
};

const es_listpagesagencies2 = /** @type {(inputs: Listpagesagencies2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Páginas de la lista de agencias`)
};

const fr_listpagesagencies2 = /** @type {(inputs: Listpagesagencies2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pages de la liste des organismes`)
};

/**
* | output |
* | --- |
* | "Pages of the agency list" |
*
* @param {Listpagesagencies2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const listpagesagencies2 = /** @type {((inputs?: Listpagesagencies2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Listpagesagencies2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_listpagesagencies2(inputs)
	if (locale === "fr") return fr_listpagesagencies2(inputs)
	return en_listpagesagencies2(inputs)
});
export { listpagesagencies2 as "listPagesAgencies" }