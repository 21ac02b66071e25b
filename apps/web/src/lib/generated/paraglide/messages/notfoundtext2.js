/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notfoundtext2Inputs */

const en_notfoundtext2 = /** @type {(inputs: Notfoundtext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`We could not find that page. It may have moved. Try one of these instead:`)
};

const es_notfoundtext2 = /** @type {(inputs: Notfoundtext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No pudimos encontrar esa página. Puede que haya cambiado de lugar. Pruebe una de estas:`)
};

const fr_notfoundtext2 = /** @type {(inputs: Notfoundtext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nous n’avons pas trouvé cette page. Elle a peut-être été déplacée. Essayez plutôt l’une de celles-ci :`)
};

/**
* | output |
* | --- |
* | "We could not find that page. It may have moved. Try one of these instead:" |
*
* @param {Notfoundtext2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const notfoundtext2 = /** @type {((inputs?: Notfoundtext2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notfoundtext2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_notfoundtext2(inputs)
	if (locale === "fr") return fr_notfoundtext2(inputs)
	return en_notfoundtext2(inputs)
});
export { notfoundtext2 as "notFoundText" }