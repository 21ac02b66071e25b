/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabeltrainingrequestmessage4Inputs */

const en_formlabeltrainingrequestmessage4 = /** @type {(inputs: Formlabeltrainingrequestmessage4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anything else? (optional)`)
};

const es_formlabeltrainingrequestmessage4 = /** @type {(inputs: Formlabeltrainingrequestmessage4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`¿Algo más? (opcional)`)
};

const fr_formlabeltrainingrequestmessage4 = /** @type {(inputs: Formlabeltrainingrequestmessage4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Autre chose ? (facultatif)`)
};

/**
* | output |
* | --- |
* | "Anything else? (optional)" |
*
* @param {Formlabeltrainingrequestmessage4Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabeltrainingrequestmessage4 = /** @type {((inputs?: Formlabeltrainingrequestmessage4Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabeltrainingrequestmessage4Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabeltrainingrequestmessage4(inputs)
	if (locale === "fr") return fr_formlabeltrainingrequestmessage4(inputs)
	return en_formlabeltrainingrequestmessage4(inputs)
});
export { formlabeltrainingrequestmessage4 as "formLabelTrainingRequestMessage" }