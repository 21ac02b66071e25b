/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cmsunavailable1Inputs */

const en_cmsunavailable1 = /** @type {(inputs: Cmsunavailable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Some of this site is temporarily unavailable. The hotline numbers above are always correct.`)
};

const es_cmsunavailable1 = /** @type {(inputs: Cmsunavailable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una parte de este sitio no está disponible por el momento. Los números de la línea de ayuda de arriba siempre son correctos.`)
};

const fr_cmsunavailable1 = /** @type {(inputs: Cmsunavailable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Une partie de ce site est momentanément indisponible. Les numéros de la ligne d’aide ci-dessus sont toujours exacts.`)
};

/**
* | output |
* | --- |
* | "Some of this site is temporarily unavailable. The hotline numbers above are always correct." |
*
* @param {Cmsunavailable1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const cmsunavailable1 = /** @type {((inputs?: Cmsunavailable1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cmsunavailable1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_cmsunavailable1(inputs)
	if (locale === "fr") return fr_cmsunavailable1(inputs)
	return en_cmsunavailable1(inputs)
});
export { cmsunavailable1 as "cmsUnavailable" }