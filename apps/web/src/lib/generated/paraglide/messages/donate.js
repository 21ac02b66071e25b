/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} DonateInputs */

const en_donate = /** @type {(inputs: DonateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Donate`)
};

const es_donate = /** @type {(inputs: DonateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Donar`)
};

const fr_donate = /** @type {(inputs: DonateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Faire un don`)
};

/**
* | output |
* | --- |
* | "Donate" |
*
* @param {DonateInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
export const donate = /** @type {((inputs?: DonateInputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<DonateInputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_donate(inputs)
	if (locale === "fr") return fr_donate(inputs)
	return en_donate(inputs)
});