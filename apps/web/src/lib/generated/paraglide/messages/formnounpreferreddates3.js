/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Formnounpreferreddates3Inputs */

const en_formnounpreferreddates3 = /** @type {(inputs: Formnounpreferreddates3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preferred dates`)
};

const es_formnounpreferreddates3 = /** @type {(inputs: Formnounpreferreddates3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las fechas preferidas`)
};

const fr_formnounpreferreddates3 = /** @type {(inputs: Formnounpreferreddates3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les dates souhaitées`)
};

/**
* | output |
* | --- |
* | "Preferred dates" |
*
* @param {Formnounpreferreddates3Inputs} inputs
* @param {{ locale?: "en" | "es" | "fr" }} options
* @returns {LocalizedString}
*/
const formnounpreferreddates3 = /** @type {((inputs?: Formnounpreferreddates3Inputs, options?: { locale?: "en" | "es" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Formnounpreferreddates3Inputs, { locale?: "en" | "es" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_formnounpreferreddates3(inputs)
	if (locale === "fr") return fr_formnounpreferreddates3(inputs)
	return en_formnounpreferreddates3(inputs)
});
export { formnounpreferreddates3 as "formNounPreferredDates" }