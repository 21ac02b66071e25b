/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Partlytranslatednotice2Inputs */

const en_partlytranslatednotice2 = /** @type {(inputs: Partlytranslatednotice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Parts of this page are not yet translated into English, so they are shown in English.`)
};

const es_partlytranslatednotice2 = /** @type {(inputs: Partlytranslatednotice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Algunas partes de esta página todavía no están traducidas al español. Se muestran en inglés.`)
};

const fr_partlytranslatednotice2 = /** @type {(inputs: Partlytranslatednotice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Certaines parties de cette page ne sont pas encore traduites en français. Elles sont affichées en anglais.`)
};

/**
* | output |
* | --- |
* | "Parts of this page are not yet translated into English, so they are shown in English." |
*
* @param {Partlytranslatednotice2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const partlytranslatednotice2 = /** @type {((inputs?: Partlytranslatednotice2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Partlytranslatednotice2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_partlytranslatednotice2(inputs)
	if (locale === "fr") return fr_partlytranslatednotice2(inputs)
	return en_partlytranslatednotice2(inputs)
});
export { partlytranslatednotice2 as "partlyTranslatedNotice" }