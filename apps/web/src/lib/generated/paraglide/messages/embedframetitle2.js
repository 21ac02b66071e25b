/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ hotline: NonNullable<unknown> }} Embedframetitle2Inputs */

const en_embedframetitle2 = /** @type {(inputs: Embedframetitle2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.hotline}: how to reach it`)
};

const es_embedframetitle2 = /** @type {(inputs: Embedframetitle2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.hotline}: cómo contactarla`)
};

const fr_embedframetitle2 = /** @type {(inputs: Embedframetitle2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.hotline} : comment la joindre`)
};

/**
* | output |
* | --- |
* | "{hotline}: how to reach it" |
*
* @param {Embedframetitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const embedframetitle2 = /** @type {((inputs: Embedframetitle2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embedframetitle2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embedframetitle2(inputs)
	if (locale === "fr") return fr_embedframetitle2(inputs)
	return en_embedframetitle2(inputs)
});
export { embedframetitle2 as "embedFrameTitle" }