/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelconsent2Inputs */

const en_formlabelconsent2 = /** @type {(inputs: Formlabelconsent2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`I agree to receive the Maine STEN e-newsletter by email. I can unsubscribe at any time.`)
};

const es_formlabelconsent2 = /** @type {(inputs: Formlabelconsent2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acepto recibir por correo electrónico el boletín de Maine STEN. Puedo cancelar la suscripción en cualquier momento.`)
};

const fr_formlabelconsent2 = /** @type {(inputs: Formlabelconsent2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`J’accepte de recevoir par e-mail la lettre d’information de Maine STEN. Je peux me désabonner à tout moment.`)
};

/**
* | output |
* | --- |
* | "I agree to receive the Maine STEN e-newsletter by email. I can unsubscribe at any time." |
*
* @param {Formlabelconsent2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelconsent2 = /** @type {((inputs?: Formlabelconsent2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelconsent2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelconsent2(inputs)
	if (locale === "fr") return fr_formlabelconsent2(inputs)
	return en_formlabelconsent2(inputs)
});
export { formlabelconsent2 as "formLabelConsent" }