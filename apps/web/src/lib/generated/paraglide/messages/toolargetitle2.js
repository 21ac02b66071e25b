/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Toolargetitle2Inputs */

const en_toolargetitle2 = /** @type {(inputs: Toolargetitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That was too much to send`)
};

const es_toolargetitle2 = /** @type {(inputs: Toolargetitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Era demasiado para enviar`)
};

const fr_toolargetitle2 = /** @type {(inputs: Toolargetitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`C’était trop long à envoyer`)
};

/**
* | output |
* | --- |
* | "That was too much to send" |
*
* @param {Toolargetitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const toolargetitle2 = /** @type {((inputs?: Toolargetitle2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Toolargetitle2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_toolargetitle2(inputs)
	if (locale === "fr") return fr_toolargetitle2(inputs)
	return en_toolargetitle2(inputs)
});
export { toolargetitle2 as "tooLargeTitle" }