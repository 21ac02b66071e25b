/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelformat2Inputs */

const en_formlabelformat2 = /** @type {(inputs: Formlabelformat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How would you like the training?`)
};

const es_formlabelformat2 = /** @type {(inputs: Formlabelformat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`¿Cómo prefiere la capacitación?`)
};

const fr_formlabelformat2 = /** @type {(inputs: Formlabelformat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quelle forme de formation souhaitez-vous ?`)
};

/**
* | output |
* | --- |
* | "How would you like the training?" |
*
* @param {Formlabelformat2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelformat2 = /** @type {((inputs?: Formlabelformat2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelformat2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelformat2(inputs)
	if (locale === "fr") return fr_formlabelformat2(inputs)
	return en_formlabelformat2(inputs)
});
export { formlabelformat2 as "formLabelFormat" }