/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Footernavigation1Inputs */

const en_footernavigation1 = /** @type {(inputs: Footernavigation1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site`)
};

const es_footernavigation1 = /** @type {(inputs: Footernavigation1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sitio`)
};

const fr_footernavigation1 = /** @type {(inputs: Footernavigation1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site`)
};

/**
* | output |
* | --- |
* | "Site" |
*
* @param {Footernavigation1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const footernavigation1 = /** @type {((inputs?: Footernavigation1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Footernavigation1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_footernavigation1(inputs)
	if (locale === "fr") return fr_footernavigation1(inputs)
	return en_footernavigation1(inputs)
});
export { footernavigation1 as "footerNavigation" }