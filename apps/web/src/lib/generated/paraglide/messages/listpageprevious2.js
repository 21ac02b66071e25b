/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Listpageprevious2Inputs */

const en_listpageprevious2 = /** @type {(inputs: Listpageprevious2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Previous`)
};

const es_listpageprevious2 = /** @type {(inputs: Listpageprevious2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anterior`)
};

const fr_listpageprevious2 = /** @type {(inputs: Listpageprevious2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Précédente`)
};

/**
* | output |
* | --- |
* | "Previous" |
*
* @param {Listpageprevious2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const listpageprevious2 = /** @type {((inputs?: Listpageprevious2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Listpageprevious2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_listpageprevious2(inputs)
	if (locale === "fr") return fr_listpageprevious2(inputs)
	return en_listpageprevious2(inputs)
});
export { listpageprevious2 as "listPagePrevious" }