/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Resourcesfilterlabel2Inputs */

const en_resourcesfilterlabel2 = /** @type {(inputs: Resourcesfilterlabel2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show resources about`)
};

const es_resourcesfilterlabel2 = /** @type {(inputs: Resourcesfilterlabel2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mostrar recursos sobre`)
};

const fr_resourcesfilterlabel2 = /** @type {(inputs: Resourcesfilterlabel2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher les ressources sur`)
};

/**
* | output |
* | --- |
* | "Show resources about" |
*
* @param {Resourcesfilterlabel2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const resourcesfilterlabel2 = /** @type {((inputs?: Resourcesfilterlabel2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Resourcesfilterlabel2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_resourcesfilterlabel2(inputs)
	if (locale === "fr") return fr_resourcesfilterlabel2(inputs)
	return en_resourcesfilterlabel2(inputs)
});
export { resourcesfilterlabel2 as "resourcesFilterLabel" }