/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Listpagenext2Inputs */

const en_listpagenext2 = /** @type {(inputs: Listpagenext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next`)
};

const es_listpagenext2 = /** @type {(inputs: Listpagenext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Siguiente`)
};

const fr_listpagenext2 = /** @type {(inputs: Listpagenext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suivante`)
};

/**
* | output |
* | --- |
* | "Next" |
*
* @param {Listpagenext2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const listpagenext2 = /** @type {((inputs?: Listpagenext2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Listpagenext2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_listpagenext2(inputs)
	if (locale === "fr") return fr_listpagenext2(inputs)
	return en_listpagenext2(inputs)
});
export { listpagenext2 as "listPageNext" }