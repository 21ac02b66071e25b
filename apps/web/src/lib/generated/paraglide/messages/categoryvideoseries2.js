/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Categoryvideoseries2Inputs */

const en_categoryvideoseries2 = /** @type {(inputs: Categoryvideoseries2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Video series`)
};

const es_categoryvideoseries2 = /** @type {(inputs: Categoryvideoseries2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serie de videos`)
};

const fr_categoryvideoseries2 = /** @type {(inputs: Categoryvideoseries2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Série de vidéos`)
};

/**
* | output |
* | --- |
* | "Video series" |
*
* @param {Categoryvideoseries2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const categoryvideoseries2 = /** @type {((inputs?: Categoryvideoseries2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Categoryvideoseries2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_categoryvideoseries2(inputs)
	if (locale === "fr") return fr_categoryvideoseries2(inputs)
	return en_categoryvideoseries2(inputs)
});
export { categoryvideoseries2 as "categoryVideoSeries" }