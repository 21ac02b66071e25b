/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Badrequesttitle2Inputs */

const en_badrequesttitle2 = /** @type {(inputs: Badrequesttitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`We could not understand that request`)
};

const es_badrequesttitle2 = /** @type {(inputs: Badrequesttitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No pudimos entender esa solicitud`)
};

const fr_badrequesttitle2 = /** @type {(inputs: Badrequesttitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nous n’avons pas compris cette demande`)
};

/**
* | output |
* | --- |
* | "We could not understand that request" |
*
* @param {Badrequesttitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const badrequesttitle2 = /** @type {((inputs?: Badrequesttitle2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badrequesttitle2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_badrequesttitle2(inputs)
	if (locale === "fr") return fr_badrequesttitle2(inputs)
	return en_badrequesttitle2(inputs)
});
export { badrequesttitle2 as "badRequestTitle" }