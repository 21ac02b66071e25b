/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formexpired1Inputs */

const en_formexpired1 = /** @type {(inputs: Formexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This page was open for a long time, so nothing has been sent yet. Check what you wrote below, then press the button again. If you need help now, contact the hotline above.`)
};

const es_formexpired1 = /** @type {(inputs: Formexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esta página estuvo abierta mucho tiempo, así que todavía no se envió nada. Revise lo que escribió abajo y vuelva a pulsar el botón. Si necesita ayuda ahora, contacte la línea de ayuda de arriba.`)
};

const fr_formexpired1 = /** @type {(inputs: Formexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cette page est restée ouverte longtemps : rien n’a encore été envoyé. Vérifiez ce que vous avez écrit ci-dessous, puis appuyez à nouveau sur le bouton. Si vous avez besoin d’aide maintenant, contactez la ligne d’aide ci-dessus.`)
};

/**
* | output |
* | --- |
* | "This page was open for a long time, so nothing has been sent yet. Check what you wrote below, then press the button again. If you need help now, contact the ..." |
*
* @param {Formexpired1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formexpired1 = /** @type {((inputs?: Formexpired1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formexpired1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formexpired1(inputs)
	if (locale === "fr") return fr_formexpired1(inputs)
	return en_formexpired1(inputs)
});
export { formexpired1 as "formExpired" }