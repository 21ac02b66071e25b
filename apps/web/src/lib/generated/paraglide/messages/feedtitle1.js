/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ siteName: NonNullable<unknown> }} Feedtitle1Inputs */

const en_feedtitle1 = /** @type {(inputs: Feedtitle1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.siteName}: latest changes`)
};

const es_feedtitle1 = /** @type {(inputs: Feedtitle1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.siteName}: últimos cambios`)
};

const fr_feedtitle1 = /** @type {(inputs: Feedtitle1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.siteName} : dernières modifications`)
};

/**
* | output |
* | --- |
* | "{siteName}: latest changes" |
*
* @param {Feedtitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const feedtitle1 = /** @type {((inputs: Feedtitle1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Feedtitle1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_feedtitle1(inputs)
	if (locale === "fr") return fr_feedtitle1(inputs)
	return en_feedtitle1(inputs)
});
export { feedtitle1 as "feedTitle" }