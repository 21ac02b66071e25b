/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Partnershtmlintro2Inputs */

const en_partnershtmlintro2 = /** @type {(inputs: Partnershtmlintro2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For sites that cannot show frames. It holds today’s numbers: copy it again if they change.`)
};

const es_partnershtmlintro2 = /** @type {(inputs: Partnershtmlintro2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Para sitios que no pueden mostrar marcos. Contiene los números de hoy: cópielo de nuevo si cambian.`)
};

const fr_partnershtmlintro2 = /** @type {(inputs: Partnershtmlintro2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pour les sites qui ne peuvent pas afficher de cadres. Il contient les numéros d’aujourd’hui : copiez-le à nouveau s’ils changent.`)
};

/**
* | output |
* | --- |
* | "For sites that cannot show frames. It holds today’s numbers: copy it again if they change." |
*
* @param {Partnershtmlintro2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const partnershtmlintro2 = /** @type {((inputs?: Partnershtmlintro2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Partnershtmlintro2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_partnershtmlintro2(inputs)
	if (locale === "fr") return fr_partnershtmlintro2(inputs)
	return en_partnershtmlintro2(inputs)
});
export { partnershtmlintro2 as "partnersHtmlIntro" }