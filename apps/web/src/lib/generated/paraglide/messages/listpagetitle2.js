/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown>, n: NonNullable<unknown> }} Listpagetitle2Inputs */

const en_listpagetitle2 = /** @type {(inputs: Listpagetitle2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} — page ${i?.n}`)
};

const es_listpagetitle2 = /** @type {(inputs: Listpagetitle2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} — página ${i?.n}`)
};

const fr_listpagetitle2 = /** @type {(inputs: Listpagetitle2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} — page ${i?.n}`)
};

/**
* | output |
* | --- |
* | "{title} — page {n}" |
*
* @param {Listpagetitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const listpagetitle2 = /** @type {((inputs: Listpagetitle2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Listpagetitle2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_listpagetitle2(inputs)
	if (locale === "fr") return fr_listpagetitle2(inputs)
	return en_listpagetitle2(inputs)
});
export { listpagetitle2 as "listPageTitle" }