/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown> }} Formnotice1Inputs */

const en_formnotice1 = /** @type {(inputs: Formnotice1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This form is not for emergencies, and Maine STEN is not a direct service provider. If you or someone you know needs help now, contact the ${i?.label}:`)
};

const es_formnotice1 = /** @type {(inputs: Formnotice1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este formulario no es para emergencias, y Maine STEN no presta servicios directos. Si usted o alguien que conoce necesita ayuda ahora, contacte la ${i?.label}:`)
};

const fr_formnotice1 = /** @type {(inputs: Formnotice1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ce formulaire n’est pas destiné aux urgences, et Maine STEN ne fournit pas de services directs. Si vous ou une personne que vous connaissez avez besoin d’aide maintenant, contactez la ${i?.label} :`)
};

/**
* | output |
* | --- |
* | "This form is not for emergencies, and Maine STEN is not a direct service provider. If you or someone you know needs help now, contact the {label}:" |
*
* @param {Formnotice1Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formnotice1 = /** @type {((inputs: Formnotice1Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formnotice1Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formnotice1(inputs)
	if (locale === "fr") return fr_formnotice1(inputs)
	return en_formnotice1(inputs)
});
export { formnotice1 as "formNotice" }