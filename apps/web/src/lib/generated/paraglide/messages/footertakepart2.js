/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Footertakepart2Inputs */

const en_footertakepart2 = /** @type {(inputs: Footertakepart2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Take part`)
};

const es_footertakepart2 = /** @type {(inputs: Footertakepart2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Participe`)
};

const fr_footertakepart2 = /** @type {(inputs: Footertakepart2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Participer`)
};

/**
* | output |
* | --- |
* | "Take part" |
*
* @param {Footertakepart2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const footertakepart2 = /** @type {((inputs?: Footertakepart2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Footertakepart2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_footertakepart2(inputs)
	if (locale === "fr") return fr_footertakepart2(inputs)
	return en_footertakepart2(inputs)
});
export { footertakepart2 as "footerTakePart" }