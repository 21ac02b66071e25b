/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Listpagesresources2Inputs */

const en_listpagesresources2 = /** @type {(inputs: Listpagesresources2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pages of the resource list`)
};

const es_listpagesresources2 = /** @type {(inputs: Listpagesresources2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Páginas de la lista de recursos`)
};

const fr_listpagesresources2 = /** @type {(inputs: Listpagesresources2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pages de la liste des ressources`)
};

/**
* | output |
* | --- |
* | "Pages of the resource list" |
*
* @param {Listpagesresources2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const listpagesresources2 = /** @type {((inputs?: Listpagesresources2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Listpagesresources2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_listpagesresources2(inputs)
	if (locale === "fr") return fr_listpagesresources2(inputs)
	return en_listpagesresources2(inputs)
});
export { listpagesresources2 as "listPagesResources" }