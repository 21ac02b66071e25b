/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Partnerslinkhsdsopenapi3Inputs */

const en_partnerslinkhsdsopenapi3 = /** @type {(inputs: Partnerslinkhsdsopenapi3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The directory’s OpenAPI description`)
};

const es_partnerslinkhsdsopenapi3 = /** @type {(inputs: Partnerslinkhsdsopenapi3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descripción OpenAPI del directorio`)
};

const fr_partnerslinkhsdsopenapi3 = /** @type {(inputs: Partnerslinkhsdsopenapi3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Description OpenAPI de l’annuaire`)
};

/**
* | output |
* | --- |
* | "The directory’s OpenAPI description" |
*
* @param {Partnerslinkhsdsopenapi3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const partnerslinkhsdsopenapi3 = /** @type {((inputs?: Partnerslinkhsdsopenapi3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Partnerslinkhsdsopenapi3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_partnerslinkhsdsopenapi3(inputs)
	if (locale === "fr") return fr_partnerslinkhsdsopenapi3(inputs)
	return en_partnerslinkhsdsopenapi3(inputs)
});
export { partnerslinkhsdsopenapi3 as "partnersLinkHsdsOpenapi" }