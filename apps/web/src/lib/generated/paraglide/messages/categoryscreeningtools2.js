/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Categoryscreeningtools2Inputs */

const en_categoryscreeningtools2 = /** @type {(inputs: Categoryscreeningtools2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Screening tools`)
};

const es_categoryscreeningtools2 = /** @type {(inputs: Categoryscreeningtools2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Herramientas de detección`)
};

const fr_categoryscreeningtools2 = /** @type {(inputs: Categoryscreeningtools2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Outils de repérage`)
};

/**
* | output |
* | --- |
* | "Screening tools" |
*
* @param {Categoryscreeningtools2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const categoryscreeningtools2 = /** @type {((inputs?: Categoryscreeningtools2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Categoryscreeningtools2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_categoryscreeningtools2(inputs)
	if (locale === "fr") return fr_categoryscreeningtools2(inputs)
	return en_categoryscreeningtools2(inputs)
});
export { categoryscreeningtools2 as "categoryScreeningTools" }