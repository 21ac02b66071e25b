/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Translationoutdatednotice2Inputs */

const en_translationoutdatednotice2 = /** @type {(inputs: Translationoutdatednotice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The English version of this page has changed since it was translated.`)
};

const es_translationoutdatednotice2 = /** @type {(inputs: Translationoutdatednotice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La versión en inglés de esta página cambió después de que se tradujo.`)
};

const fr_translationoutdatednotice2 = /** @type {(inputs: Translationoutdatednotice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La version anglaise de cette page a changé depuis sa traduction.`)
};

/**
* | output |
* | --- |
* | "The English version of this page has changed since it was translated." |
*
* @param {Translationoutdatednotice2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const translationoutdatednotice2 = /** @type {((inputs?: Translationoutdatednotice2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Translationoutdatednotice2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_translationoutdatednotice2(inputs)
	if (locale === "fr") return fr_translationoutdatednotice2(inputs)
	return en_translationoutdatednotice2(inputs)
});
export { translationoutdatednotice2 as "translationOutdatedNotice" }