/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ hotline: NonNullable<unknown> }} Embeddescription1Inputs */

const en_embeddescription1 = /** @type {(inputs: Embeddescription1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`How to reach the ${i?.hotline}: call, text or TTY.`)
};

const es_embeddescription1 = /** @type {(inputs: Embeddescription1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Cómo contactar la ${i?.hotline}: llamada, mensaje de texto o TTY.`)
};

const fr_embeddescription1 = /** @type {(inputs: Embeddescription1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comment joindre la ${i?.hotline} : appel, SMS ou ATS.`)
};

/**
* | output |
* | --- |
* | "How to reach the {hotline}: call, text or TTY." |
*
* @param {Embeddescription1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const embeddescription1 = /** @type {((inputs: Embeddescription1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embeddescription1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embeddescription1(inputs)
	if (locale === "fr") return fr_embeddescription1(inputs)
	return en_embeddescription1(inputs)
});
export { embeddescription1 as "embedDescription" }