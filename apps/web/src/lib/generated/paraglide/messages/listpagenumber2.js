/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Listpagenumber2Inputs */

const en_listpagenumber2 = /** @type {(inputs: Listpagenumber2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Page ${i?.n}`)
};

const es_listpagenumber2 = /** @type {(inputs: Listpagenumber2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Página ${i?.n}`)
};

const fr_listpagenumber2 = /** @type {(inputs: Listpagenumber2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Page ${i?.n}`)
};

/**
* | output |
* | --- |
* | "Page {n}" |
*
* @param {Listpagenumber2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const listpagenumber2 = /** @type {((inputs: Listpagenumber2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Listpagenumber2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_listpagenumber2(inputs)
	if (locale === "fr") return fr_listpagenumber2(inputs)
	return en_listpagenumber2(inputs)
});
export { listpagenumber2 as "listPageNumber" }