/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Toomanytext2Inputs */

const en_toomanytext2 = /** @type {(inputs: Toomanytext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many requests came from your connection in a short while. Please wait a few minutes and try again. If you need help now, contact the hotline above.`)
};

const es_toomanytext2 = /** @type {(inputs: Toomanytext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Llegaron demasiadas solicitudes desde su conexión en poco tiempo. Espere unos minutos y vuelva a intentarlo. Si necesita ayuda ahora, contacte la línea de ayuda de arriba.`)
};

const fr_toomanytext2 = /** @type {(inputs: Toomanytext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trop de demandes sont arrivées depuis votre connexion en peu de temps. Attendez quelques minutes et réessayez. Si vous avez besoin d’aide maintenant, contactez la ligne d’aide ci-dessus.`)
};

/**
* | output |
* | --- |
* | "Too many requests came from your connection in a short while. Please wait a few minutes and try again. If you need help now, contact the hotline above." |
*
* @param {Toomanytext2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const toomanytext2 = /** @type {((inputs?: Toomanytext2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Toomanytext2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_toomanytext2(inputs)
	if (locale === "fr") return fr_toomanytext2(inputs)
	return en_toomanytext2(inputs)
});
export { toomanytext2 as "tooManyText" }