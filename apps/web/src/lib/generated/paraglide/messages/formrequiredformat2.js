/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formrequiredformat2Inputs */

const en_formrequiredformat2 = /** @type {(inputs: Formrequiredformat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Select in person or online`)
};

const es_formrequiredformat2 = /** @type {(inputs: Formrequiredformat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elija en persona o en línea`)
};

const fr_formrequiredformat2 = /** @type {(inputs: Formrequiredformat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisissez en personne ou en ligne`)
};

/**
* | output |
* | --- |
* | "Select in person or online" |
*
* @param {Formrequiredformat2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formrequiredformat2 = /** @type {((inputs?: Formrequiredformat2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formrequiredformat2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formrequiredformat2(inputs)
	if (locale === "fr") return fr_formrequiredformat2(inputs)
	return en_formrequiredformat2(inputs)
});
export { formrequiredformat2 as "formRequiredFormat" }