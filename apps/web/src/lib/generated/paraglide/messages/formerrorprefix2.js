/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formerrorprefix2Inputs */

const en_formerrorprefix2 = /** @type {(inputs: Formerrorprefix2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Error:`)
};

const es_formerrorprefix2 = /** @type {(inputs: Formerrorprefix2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Error:`)
};

const fr_formerrorprefix2 = /** @type {(inputs: Formerrorprefix2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erreur :`)
};

/**
* | output |
* | --- |
* | "Error:" |
*
* @param {Formerrorprefix2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formerrorprefix2 = /** @type {((inputs?: Formerrorprefix2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formerrorprefix2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formerrorprefix2(inputs)
	if (locale === "fr") return fr_formerrorprefix2(inputs)
	return en_formerrorprefix2(inputs)
});
export { formerrorprefix2 as "formErrorPrefix" }