/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Categorymaineantitraffickingefforts4Inputs */

const en_categorymaineantitraffickingefforts4 = /** @type {(inputs: Categorymaineantitraffickingefforts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Maine anti-trafficking efforts`)
};

const es_categorymaineantitraffickingefforts4 = /** @type {(inputs: Categorymaineantitraffickingefforts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acción contra la trata en Maine`)
};

const fr_categorymaineantitraffickingefforts4 = /** @type {(inputs: Categorymaineantitraffickingefforts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lutte contre la traite dans le Maine`)
};

/**
* | output |
* | --- |
* | "Maine anti-trafficking efforts" |
*
* @param {Categorymaineantitraffickingefforts4Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const categorymaineantitraffickingefforts4 = /** @type {((inputs?: Categorymaineantitraffickingefforts4Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Categorymaineantitraffickingefforts4Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_categorymaineantitraffickingefforts4(inputs)
	if (locale === "fr") return fr_categorymaineantitraffickingefforts4(inputs)
	return en_categorymaineantitraffickingefforts4(inputs)
});
export { categorymaineantitraffickingefforts4 as "categoryMaineAntiTraffickingEfforts" }