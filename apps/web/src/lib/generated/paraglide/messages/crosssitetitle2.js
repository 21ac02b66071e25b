/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Crosssitetitle2Inputs */

const en_crosssitetitle2 = /** @type {(inputs: Crosssitetitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This form can only be sent from this website`)
};

const es_crosssitetitle2 = /** @type {(inputs: Crosssitetitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este formulario solo se puede enviar desde este sitio web`)
};

const fr_crosssitetitle2 = /** @type {(inputs: Crosssitetitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce formulaire ne peut être envoyé que depuis ce site`)
};

/**
* | output |
* | --- |
* | "This form can only be sent from this website" |
*
* @param {Crosssitetitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const crosssitetitle2 = /** @type {((inputs?: Crosssitetitle2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Crosssitetitle2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_crosssitetitle2(inputs)
	if (locale === "fr") return fr_crosssitetitle2(inputs)
	return en_crosssitetitle2(inputs)
});
export { crosssitetitle2 as "crossSiteTitle" }