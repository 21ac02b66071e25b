// Interface text that code picks by a name the CMS or a form definition gives (a resource category,
// a form field, an option): each name's message. Messages are functions, so each is read in the
// language of the request that calls it, or in the one given (`{ locale }`).
import type { ResourceCategory } from '@maine-sten/content-client';
import { COUNTIES, countyName } from '$lib/forms/fields';
import { m, type Locale } from '$lib/i18n';

type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

export const categoryLabels: Record<ResourceCategory, Message> = {
  statutes: m.categoryStatutes,
  outreachMaterials: m.categoryOutreachMaterials,
  modelPoliciesAndProtocols: m.categoryModelPoliciesAndProtocols,
  screeningTools: m.categoryScreeningTools,
  videoSeries: m.categoryVideoSeries,
  newsletter: m.categoryNewsletter,
  training: m.categoryTraining,
  localMultidisciplinaryTeams: m.categoryLocalMultidisciplinaryTeams,
  maineAntiTraffickingEfforts: m.categoryMaineAntiTraffickingEfforts,
  supportFund: m.categorySupportFund,
};

/** Labels follow the GOV.UK patterns. */
export const fieldLabels: Record<string, Message> = {
  name: m.formLabelName,
  email: m.formLabelEmail,
  phone: m.formLabelPhone,
  replyBy: m.formLabelReplyBy,
  message: m.formLabelMessage,
  organization: m.formLabelOrganization,
  role: m.formLabelRole,
  county: m.formLabelCounty,
  audience: m.formLabelAudience,
  audienceSize: m.formLabelAudienceSize,
  format: m.formLabelFormat,
  preferredDates: m.formLabelPreferredDates,
  topics: m.formLabelTopics,
  consent: m.formLabelConsent,
};

/** Where a label differs by form. */
export const formFieldLabels: Record<string, Record<string, Message>> = {
  trainingRequest: { message: m.formLabelTrainingRequestMessage },
  newsletter: { name: m.formLabelNewsletterName },
};

export const optionLabels: Record<string, Message> = {
  email: m.formOptionEmail,
  phone: m.formOptionPhone,
  inPerson: m.formOptionInPerson,
  online: m.formOptionOnline,
};

/** What to do when a required answer is missing. */
export const requiredMessages: Record<string, Message> = {
  name: m.formRequiredName,
  email: m.formRequiredEmail,
  phone: m.formRequiredPhone,
  replyBy: m.formRequiredReplyBy,
  message: m.formRequiredMessage,
  organization: m.formRequiredOrganization,
  role: m.formRequiredRole,
  county: m.formRequiredCounty,
  audience: m.formRequiredAudience,
  audienceSize: m.formRequiredAudienceSize,
  format: m.formRequiredFormat,
  consent: m.formRequiredConsent,
};

/** A field's name as the start of a sentence, for "… must be N characters or fewer". */
export const fieldNouns: Record<string, Message> = {
  name: m.formNounName,
  email: m.formNounEmail,
  phone: m.formNounPhone,
  message: m.formNounMessage,
  organization: m.formNounOrganization,
  role: m.formNounRole,
  audience: m.formNounAudience,
  preferredDates: m.formNounPreferredDates,
  topics: m.formNounTopics,
};

/** Maine's counties by their proper names, the same in every language. */
export const countyLabels: Record<string, string> = Object.fromEntries(COUNTIES.map((county) => [county, countyName(county)]));
