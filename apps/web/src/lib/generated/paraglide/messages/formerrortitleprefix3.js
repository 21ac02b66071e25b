/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formerrortitleprefix3Inputs */

const en_formerrortitleprefix3 = /** @type {(inputs: Formerrortitleprefix3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Error: `)
};

const es_formerrortitleprefix3 = /** @type {(inputs: Formerrortitleprefix3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Error: `)
};

const fr_formerrortitleprefix3 = /** @type {(inputs: Formerrortitleprefix3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erreur : `)
};

/**
* | output |
* | --- |
* | "Error:" |
*
* @param {Formerrortitleprefix3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formerrortitleprefix3 = /** @type {((inputs?: Formerrortitleprefix3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formerrortitleprefix3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formerrortitleprefix3(inputs)
	if (locale === "fr") return fr_formerrortitleprefix3(inputs)
	return en_formerrortitleprefix3(inputs)
});
export { formerrortitleprefix3 as "formErrorTitlePrefix" }