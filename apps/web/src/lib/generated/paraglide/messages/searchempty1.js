/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchempty1Inputs */

const en_searchempty1 = /** @type {(inputs: Searchempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type a word or two to search for, such as “training” or “screening”.`)
};

const es_searchempty1 = /** @type {(inputs: Searchempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escriba una o dos palabras para buscar, como «capacitación» o «ayuda».`)
};

const fr_searchempty1 = /** @type {(inputs: Searchempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tapez un ou deux mots à chercher, comme « formation » ou « aide ».`)
};

/**
* | output |
* | --- |
* | "Type a word or two to search for, such as “training” or “screening”." |
*
* @param {Searchempty1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchempty1 = /** @type {((inputs?: Searchempty1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchempty1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchempty1(inputs)
	if (locale === "fr") return fr_searchempty1(inputs)
	return en_searchempty1(inputs)
});
export { searchempty1 as "searchEmpty" }