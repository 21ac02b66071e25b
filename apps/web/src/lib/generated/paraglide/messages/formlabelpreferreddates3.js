/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formlabelpreferreddates3Inputs */

const en_formlabelpreferreddates3 = /** @type {(inputs: Formlabelpreferreddates3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preferred dates (optional)`)
};

const es_formlabelpreferreddates3 = /** @type {(inputs: Formlabelpreferreddates3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fechas preferidas (opcional)`)
};

const fr_formlabelpreferreddates3 = /** @type {(inputs: Formlabelpreferreddates3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dates souhaitées (facultatif)`)
};

/**
* | output |
* | --- |
* | "Preferred dates (optional)" |
*
* @param {Formlabelpreferreddates3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formlabelpreferreddates3 = /** @type {((inputs?: Formlabelpreferreddates3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formlabelpreferreddates3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formlabelpreferreddates3(inputs)
	if (locale === "fr") return fr_formlabelpreferreddates3(inputs)
	return en_formlabelpreferreddates3(inputs)
});
export { formlabelpreferreddates3 as "formLabelPreferredDates" }