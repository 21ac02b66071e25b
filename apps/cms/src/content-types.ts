// Every content type of the CMS, once, with what sets it apart: who may read it, whether the site
// shows it (so a change must drop the site's cache), whether its changes go to the audit log and to
// partners' webhooks. Every place that treats a set of types alike reads it here, so a new type is
// decided in one place; tests/content-types.test.ts holds it equal to the schemas in src/api and to
// the site's list of what a change drops (AFFECTED_KEYS in apps/web). No imports: the repository's
// tests read it without booting Strapi.

/**
 * Who reads a type: `public` is published content anyone may read; `submission` is what the site's
 * forms send (personal data, staff only); `staff-record` is written by the CMS itself and only read
 * by staff (the document service refuses every write); `staff-setting` is managed by Editors only.
 */
export type Access = 'public' | 'submission' | 'staff-record' | 'staff-setting';

export interface ContentTypeEntry {
  uid: `api::${string}.${string}`;
  /** A collection has find and findOne; a single type only find. */
  kind: 'collection' | 'single';
  access: Access;
  /** One entry per language (i18n). */
  localized: boolean;
  /** The site shows it and caches it: each change must drop the site's cache (content-change markers, site notices). */
  onSite: boolean;
  /** Its publishes, unpublishes and deletes go into the audit log (hotline changes are recorded with their decisions instead). */
  audited: boolean;
  /** The partner-webhook switch (a boolean field of api::partner-webhook) that asks for its changes; none: never sent. */
  webhookSwitch?: string;
}

/** Keyed by the type's model name: the name the site's cache, the change notices and the webhooks use. */
export const CONTENT_TYPES = {
  'site-setting': { uid: 'api::site-setting.site-setting', kind: 'single', access: 'public', localized: true, onSite: true, audited: true, webhookSwitch: 'siteSettings' },
  page: { uid: 'api::page.page', kind: 'collection', access: 'public', localized: true, onSite: true, audited: true, webhookSwitch: 'pages' },
  faq: { uid: 'api::faq.faq', kind: 'collection', access: 'public', localized: true, onSite: true, audited: true, webhookSwitch: 'questions' },
  'guiding-principle': { uid: 'api::guiding-principle.guiding-principle', kind: 'collection', access: 'public', localized: true, onSite: true, audited: true, webhookSwitch: 'principles' },
  'council-agency': { uid: 'api::council-agency.council-agency', kind: 'collection', access: 'public', localized: true, onSite: true, audited: true, webhookSwitch: 'agencies' },
  resource: { uid: 'api::resource.resource', kind: 'collection', access: 'public', localized: true, onSite: true, audited: true, webhookSwitch: 'resources' },
  // Read by partners only (HSDS, /api/hsds): the site never shows it.
  'directory-profile': { uid: 'api::directory-profile.directory-profile', kind: 'single', access: 'public', localized: true, onSite: false, audited: true },
  'contact-message': { uid: 'api::contact-message.contact-message', kind: 'collection', access: 'submission', localized: false, onSite: false, audited: true },
  'training-request': { uid: 'api::training-request.training-request', kind: 'collection', access: 'submission', localized: false, onSite: false, audited: true },
  'newsletter-subscription': { uid: 'api::newsletter-subscription.newsletter-subscription', kind: 'collection', access: 'submission', localized: false, onSite: false, audited: true },
  'audit-entry': { uid: 'api::audit-entry.audit-entry', kind: 'collection', access: 'staff-record', localized: false, onSite: false, audited: false },
  // What each publish of public content said (history/): read by staff beside an entry, restored into its draft.
  'content-version': { uid: 'api::content-version.content-version', kind: 'collection', access: 'staff-record', localized: false, onSite: false, audited: false },
  'hotline-change': { uid: 'api::hotline-change.hotline-change', kind: 'collection', access: 'staff-record', localized: false, onSite: false, audited: false },
  'webhook-delivery': { uid: 'api::webhook-delivery.webhook-delivery', kind: 'collection', access: 'staff-record', localized: false, onSite: false, audited: true },
  'partner-webhook': { uid: 'api::partner-webhook.partner-webhook', kind: 'collection', access: 'staff-setting', localized: false, onSite: false, audited: true },
} as const satisfies Record<string, ContentTypeEntry>;

type Types = typeof CONTENT_TYPES;
export type ContentModel = keyof Types;
/** The models the site shows, each a change of which drops the site's cache. */
export type SiteModel = { [M in ContentModel]: Types[M]['onSite'] extends true ? M : never }[ContentModel];

const entries = Object.entries(CONTENT_TYPES) as [ContentModel, ContentTypeEntry][];

/** The uids of the types for which `test` holds, in the registry's order. */
export const uidsWhere = (test: (entry: ContentTypeEntry) => boolean): string[] => entries.filter(([, entry]) => test(entry)).map(([, entry]) => entry.uid);

/** The site's models and their uids. */
export const SITE_MODELS = Object.fromEntries(entries.filter(([, entry]) => entry.onSite).map(([model, entry]) => [model, entry.uid])) as {
  readonly [M in SiteModel]: Types[M]['uid'];
};

/** The models partners may subscribe to, and the partner-webhook switch that asks for each. */
export type WebhookModel = { [M in ContentModel]: Types[M] extends { webhookSwitch: string } ? M : never }[ContentModel];
export const WEBHOOK_SWITCHES = Object.fromEntries(
  entries.flatMap(([model, entry]) => (entry.webhookSwitch === undefined ? [] : [[model, entry.webhookSwitch]])),
) as { readonly [M in WebhookModel]: Types[M]['webhookSwitch'] };

const byUid = new Map<string, ContentTypeEntry>(entries.map(([, entry]) => [entry.uid, entry]));
/** The registry's entry for a uid; undefined for anything not an api:: content type of this CMS. */
export const contentTypeOf = (uid: string | null | undefined): ContentTypeEntry | undefined => (uid ? byUid.get(uid) : undefined);
