/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Homelink1Inputs */

const en_homelink1 = /** @type {(inputs: Homelink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Go to the home page`)
};

const es_homelink1 = /** @type {(inputs: Homelink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ir a la página de inicio`)
};

const fr_homelink1 = /** @type {(inputs: Homelink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aller à la page d’accueil`)
};

/**
* | output |
* | --- |
* | "Go to the home page" |
*
* @param {Homelink1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const homelink1 = /** @type {((inputs?: Homelink1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Homelink1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_homelink1(inputs)
	if (locale === "fr") return fr_homelink1(inputs)
	return en_homelink1(inputs)
});
export { homelink1 as "homeLink" }