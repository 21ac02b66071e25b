/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlinkinvalid2Inputs */

const en_formlinkinvalid2 = /** @type {(inputs: Formlinkinvalid2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This link has already been used or is no longer valid. To sign up, use the newsletter form again.`)
};

const es_formlinkinvalid2 = /** @type {(inputs: Formlinkinvalid2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este enlace ya se usó o ya no es válido. Para suscribirse, use otra vez el formulario del boletín.`)
};

const fr_formlinkinvalid2 = /** @type {(inputs: Formlinkinvalid2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce lien a déjà servi ou n’est plus valable. Pour vous abonner, utilisez de nouveau le formulaire de la lettre d’information.`)
};

/**
* | output |
* | --- |
* | "This link has already been used or is no longer valid. To sign up, use the newsletter form again." |
*
* @param {Formlinkinvalid2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlinkinvalid2 = /** @type {((inputs?: Formlinkinvalid2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlinkinvalid2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlinkinvalid2(inputs)
	if (locale === "fr") return fr_formlinkinvalid2(inputs)
	return en_formlinkinvalid2(inputs)
});
export { formlinkinvalid2 as "formLinkInvalid" }