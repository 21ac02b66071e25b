/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Searchhelpwords2Inputs */

const en_searchhelpwords2 = /** @type {(inputs: Searchhelpwords2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`help hotline call emergency urgent danger crisis phone text sos 911 unsafe`)
};

const es_searchhelpwords2 = /** @type {(inputs: Searchhelpwords2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ayuda auxilio linea llamar llame emergencia urgente urgencia peligro crisis telefono texto mensaje sos 911 inseguro inseguridad`)
};

const fr_searchhelpwords2 = /** @type {(inputs: Searchhelpwords2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aide secours ligne appeler appelez urgence urgent urgente danger crise telephone texto sms sos 911 detresse`)
};

/**
* | output |
* | --- |
* | "help hotline call emergency urgent danger crisis phone text sos 911 unsafe" |
*
* @param {Searchhelpwords2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const searchhelpwords2 = /** @type {((inputs?: Searchhelpwords2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Searchhelpwords2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_searchhelpwords2(inputs)
	if (locale === "fr") return fr_searchhelpwords2(inputs)
	return en_searchhelpwords2(inputs)
});
export { searchhelpwords2 as "searchHelpWords" }