// What waits for staff, for the admin's home page: new messages and training requests, a hotline
// change waiting for a second person, partner webhooks turned off or failing, emails not sent after
// their first try, published numbers that need a look (near misses, and others no editor
// confirmed), and translations outdated per language.
// Each item links to the list (filtered) or page where it is handled. An Author sees only what an
// Author may open: the content items, not submissions, webhooks or the hotline's decision.
import type { Core } from '@strapi/strapi';
import { scanPublished, type ScanFinding } from '../bootstrap/phone-scan';
import { nationalDigits } from '../phone-check';
import { confirmedNumbers } from '../phone-check/confirmations';
import { DECIDERS } from '../hotline/deciders';
import { pendingChange } from '../hotline/two-person';
import { translationSummary } from '../translations/round-trip/summary';

export interface WaitingItem {
  label: string;
  count: number;
  /** Where it is handled, relative to the admin (/admin). */
  href: string;
}

export interface WaitingGroup {
  title: string;
  items: WaitingItem[];
}

const SUBMISSIONS = [
  ['api::contact-message.contact-message', 'Contact messages'],
  ['api::training-request.training-request', 'Training requests'],
  ['api::newsletter-subscription.newsletter-subscription', 'Newsletter sign-ups'],
] as const;
const WEBHOOKS = 'api::partner-webhook.partner-webhook';
/** Numbers listed one by one; the rest are counted. */
const SHOWN_NUMBERS = 10;

/**
 * The Content Manager's list of a type, filtered as `filters` says (Strapi's own query format), its
 * brackets percent-encoded: a URL's query may not hold them as they are (the admin decodes them).
 */
export const listHref = (uid: string, filters: Record<string, string | number | boolean> = {}): string => {
  const query = Object.entries(filters)
    .map(([condition, value], index) => `${`filters[$and][${index}]${condition}`.replace(/\[/g, '%5B').replace(/\]/g, '%5D')}=${encodeURIComponent(String(value))}`)
    .join('&');
  return `/content-manager/collection-types/${uid}${query ? `?${query}` : ''}`;
};

const count = (strapi: Core.Strapi, uid: string, where: Record<string, unknown>) => strapi.db.query(uid as never).count({ where });

async function staffGroups(strapi: Core.Strapi): Promise<WaitingGroup[]> {
  const handling = await Promise.all(
    SUBMISSIONS.slice(0, 2).map(async ([uid, label]) => ({ label: `${label}: new`, count: await count(strapi, uid, { handlingStatus: 'new' }), href: listHref(uid, { '[handlingStatus][$eq]': 'new' }) })),
  );
  const unsent = await Promise.all(
    SUBMISSIONS.map(async ([uid, label]) => ({
      label: `${label}: email not sent after the first try`,
      count: await count(strapi, uid, { emailSentAt: { $null: true }, emailAttempts: { $gte: 1 } }),
      href: listHref(uid, { '[emailSentAt][$null]': true, '[emailAttempts][$gte]': 1 }),
    })),
  );
  const pending = await pendingChange(strapi);
  return [
    { title: 'Messages and requests', items: handling },
    {
      title: 'Hotline',
      items: [{ label: 'Hotline change waiting for a second person', count: pending ? 1 : 0, href: '/content-manager/single-types/api::site-setting.site-setting' }],
    },
    {
      title: 'Partners and email',
      items: [
        { label: 'Partner webhooks turned off', count: await count(strapi, WEBHOOKS, { enabled: false }), href: listHref(WEBHOOKS, { '[enabled][$eq]': false }) },
        { label: 'Partner webhooks failing', count: await count(strapi, WEBHOOKS, { consecutiveFailures: { $gt: 0 } }), href: listHref(WEBHOOKS, { '[consecutiveFailures][$gt]': 0 }) },
        ...unsent,
      ],
    },
  ];
}

/** Near misses, and unknown numbers no editor has confirmed. */
async function needingALook(strapi: Core.Strapi, findings: ScanFinding[]): Promise<ScanFinding[]> {
  const confirmed = new Map<string, Awaited<ReturnType<typeof confirmedNumbers>>>();
  const result: ScanFinding[] = [];
  for (const finding of findings) {
    const key = `${finding.uid} ${finding.documentId}`;
    if (!confirmed.has(key)) confirmed.set(key, await confirmedNumbers(strapi, finding.uid, finding.documentId));
    if (finding.kind === 'near-miss' || !confirmed.get(key)![nationalDigits(finding.number)]) result.push(finding);
  }
  return result;
}

async function contentGroups(strapi: Core.Strapi): Promise<WaitingGroup[]> {
  const findings = await needingALook(strapi, await scanPublished(strapi));
  const numbers = findings.slice(0, SHOWN_NUMBERS).map((finding) => ({
    label: `${finding.kind === 'near-miss' ? 'Looks like the hotline but is not it' : 'Number to check'}: ${finding.number} (${finding.locale}, ${finding.field})`,
    count: 1,
    href: `/content-manager/collection-types/${finding.uid}/${finding.documentId}?plugins[i18n][locale]=${finding.locale}`,
  }));
  if (findings.length > SHOWN_NUMBERS) numbers.push({ label: `More numbers to check (the CMS's log at start lists them all)`, count: findings.length - SHOWN_NUMBERS, href: '/content-manager' });
  const languages = await translationSummary(strapi);
  return [
    { title: 'Phone numbers in published content', items: numbers.length > 0 ? numbers : [{ label: 'Numbers that need a look', count: 0, href: '/content-manager' }] },
    { title: 'Translations', items: languages.map(({ name, totals }) => ({ label: `${name}: outdated`, count: totals.outdated, href: '/translations' })) },
  ];
}

export async function workWaiting(strapi: Core.Strapi, roles: string[]): Promise<WaitingGroup[]> {
  const staff = roles.some((role) => DECIDERS.includes(role));
  return [...(staff ? await staffGroups(strapi) : []), ...(await contentGroups(strapi))];
}
