/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Toolargetext2Inputs */

const en_toolargetext2 = /** @type {(inputs: Toolargetext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please shorten what you wrote and try again. If you need help now, contact the hotline above.`)
};

const es_toolargetext2 = /** @type {(inputs: Toolargetext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acorte lo que escribió y vuelva a intentarlo. Si necesita ayuda ahora, contacte la línea de ayuda de arriba.`)
};

const fr_toolargetext2 = /** @type {(inputs: Toolargetext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Raccourcissez ce que vous avez écrit et réessayez. Si vous avez besoin d’aide maintenant, contactez la ligne d’aide ci-dessus.`)
};

/**
* | output |
* | --- |
* | "Please shorten what you wrote and try again. If you need help now, contact the hotline above." |
*
* @param {Toolargetext2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const toolargetext2 = /** @type {((inputs?: Toolargetext2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Toolargetext2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_toolargetext2(inputs)
	if (locale === "fr") return fr_toolargetext2(inputs)
	return en_toolargetext2(inputs)
});
export { toolargetext2 as "tooLargeText" }