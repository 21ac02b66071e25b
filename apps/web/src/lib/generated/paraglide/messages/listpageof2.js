/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown>, count: NonNullable<unknown> }} Listpageof2Inputs */

const en_listpageof2 = /** @type {(inputs: Listpageof2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Page ${i?.n} of ${i?.count}`)
};

const es_listpageof2 = /** @type {(inputs: Listpageof2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Página ${i?.n} de ${i?.count}`)
};

const fr_listpageof2 = /** @type {(inputs: Listpageof2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Page ${i?.n} sur ${i?.count}`)
};

/**
* | output |
* | --- |
* | "Page {n} of {count}" |
*
* @param {Listpageof2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const listpageof2 = /** @type {((inputs: Listpageof2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Listpageof2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_listpageof2(inputs)
	if (locale === "fr") return fr_listpageof2(inputs)
	return en_listpageof2(inputs)
});
export { listpageof2 as "listPageOf" }