/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Crosssitetext2Inputs */

const en_crosssitetext2 = /** @type {(inputs: Crosssitetext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The form was sent from another address than this website, so nothing was sent or stored. Open the page again on this website and try once more. If you need help now, contact the hotline above.`)
};

const es_crosssitetext2 = /** @type {(inputs: Crosssitetext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El formulario se envió desde una dirección distinta de este sitio web, así que no se envió ni se guardó nada. Vuelva a abrir la página en este sitio web e inténtelo de nuevo. Si necesita ayuda ahora, contacte la línea de ayuda de arriba.`)
};

const fr_crosssitetext2 = /** @type {(inputs: Crosssitetext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le formulaire a été envoyé depuis une autre adresse que ce site : rien n’a été envoyé ni enregistré. Rouvrez la page sur ce site et réessayez. Si vous avez besoin d’aide maintenant, contactez la ligne d’aide ci-dessus.`)
};

/**
* | output |
* | --- |
* | "The form was sent from another address than this website, so nothing was sent or stored. Open the page again on this website and try once more. If you need h..." |
*
* @param {Crosssitetext2Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const crosssitetext2 = /** @type {((inputs?: Crosssitetext2Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Crosssitetext2Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_crosssitetext2(inputs)
	if (locale === "fr") return fr_crosssitetext2(inputs)
	return en_crosssitetext2(inputs)
});
export { crosssitetext2 as "crossSiteText" }