/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Categorylocalmultidisciplinaryteams3Inputs */

const en_categorylocalmultidisciplinaryteams3 = /** @type {(inputs: Categorylocalmultidisciplinaryteams3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Local multidisciplinary teams`)
};

const es_categorylocalmultidisciplinaryteams3 = /** @type {(inputs: Categorylocalmultidisciplinaryteams3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Equipos multidisciplinarios locales`)
};

const fr_categorylocalmultidisciplinaryteams3 = /** @type {(inputs: Categorylocalmultidisciplinaryteams3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Équipes pluridisciplinaires locales`)
};

/**
* | output |
* | --- |
* | "Local multidisciplinary teams" |
*
* @param {Categorylocalmultidisciplinaryteams3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const categorylocalmultidisciplinaryteams3 = /** @type {((inputs?: Categorylocalmultidisciplinaryteams3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Categorylocalmultidisciplinaryteams3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_categorylocalmultidisciplinaryteams3(inputs)
	if (locale === "fr") return fr_categorylocalmultidisciplinaryteams3(inputs)
	return en_categorylocalmultidisciplinaryteams3(inputs)
});
export { categorylocalmultidisciplinaryteams3 as "categoryLocalMultidisciplinaryTeams" }