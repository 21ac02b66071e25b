// A small typed client for the Maine STEN content API (GraphQL). Every query lives in
// src/queries/*.graphql; the types are generated from the CMS schema (pnpm codegen).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';
import {
  CouncilAgenciesDocument,
  FaqsDocument,
  GuidingPrinciplesDocument,
  PageDocument,
  PagesDocument,
  ResourcesDocument,
  SiteSettingsDocument,
  type CouncilAgenciesQuery,
  type Enum_Guidingprinciple_Group,
  type Enum_Resource_Category,
  type FaqsQuery,
  type GuidingPrinciplesQuery,
  type PageContentFragment,
  type PagesQuery,
  type PublicationStatus,
  type ResourcesQuery,
  type SiteSettingsQuery,
} from './generated/graphql';
import { ContentMissingError, ContentQueryError, ContentUnavailableError } from './errors';

export * from './errors';
export { fillHotlineTokens, type HotlineNumbers } from './hotline';

type SiteSettingsFields = NonNullable<SiteSettingsQuery['siteSetting']>;
/**
 * The settings with the hotline whole: its numbers (shared by every language) and, from
 * `hotlineLabel` and `hotlineNotice`, its name and notice in the language asked for.
 */
export type SiteSettings = Omit<SiteSettingsFields, 'hotline' | 'hotlineLabel' | 'hotlineNotice'> & {
  hotline: SiteSettingsFields['hotline'] & { label: string; notice: string | null };
};
export type Hotline = SiteSettings['hotline'];
export type Faq = FaqsQuery['faqs'][number] & object;
export type GuidingPrinciple = GuidingPrinciplesQuery['guidingPrinciples'][number] & object;
export type PrincipleGroup = Enum_Guidingprinciple_Group;
export type CouncilAgency = CouncilAgenciesQuery['councilAgencies'][number] & object;
export type Resource = NonNullable<ResourcesQuery['resources_connection']>['nodes'][number];
export type ResourceCategory = Enum_Resource_Category;
export type PageSummary = PagesQuery['pages'][number] & object;
export type Page = PageContentFragment;
export type Section = NonNullable<NonNullable<Page['body']>[number]>;

export interface ResourcePage {
  resources: Resource[];
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

// Written as a record so the compiler fails when the CMS schema gains or loses a value.
const resourceCategories: Record<ResourceCategory, true> = {
  statutes: true,
  outreachMaterials: true,
  modelPoliciesAndProtocols: true,
  screeningTools: true,
  videoSeries: true,
  newsletter: true,
  training: true,
  localMultidisciplinaryTeams: true,
  maineAntiTraffickingEfforts: true,
  supportFund: true,
};
/** Every resource category, in the order the site lists them. */
export const RESOURCE_CATEGORIES = Object.keys(resourceCategories) as readonly ResourceCategory[];

export const isResourceCategory = (value: unknown): value is ResourceCategory =>
  RESOURCE_CATEGORIES.includes(value as ResourceCategory);

export interface ContentClientOptions {
  /** Base URL of the CMS, e.g. https://cms.example.org (the client calls <url>/graphql). */
  url: string;
  /** Optional API token (read-only tokens get higher limits; required for drafts). */
  token?: string;
  /** Which version to read: PUBLISHED (default) or DRAFT (needs a token). */
  status?: PublicationStatus;
  /**
   * Which language to read (a locale code: en, es, fr…); default: the CMS's default language.
   * Site settings are the same in every language.
   */
  locale?: string;
  /** Give up after this many milliseconds (default 8000). */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

/** Nulls in Strapi lists mean "not visible to you"; callers never want them. */
const present = <T>(items: readonly (T | null | undefined)[]): T[] => items.filter((item): item is T => item != null);

/** Strapi's GraphQL answers at most this many entries a query (GRAPHQL_MAX_LIMIT in the CMS's config). */
const LIST_LIMIT = 100;

/** Every entry of a list read LIST_LIMIT at a time (`start`), until a read returns fewer. */
async function readAll<T>(read: (start: number) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const batch = await read(all.length);
    all.push(...batch);
    if (batch.length < LIST_LIMIT) return all;
  }
}

/** Each query's text, printed once: the documents are few and fixed. */
const printed = new WeakMap<object, string>();
function queryText(document: TypedDocumentNode<unknown, never>): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

export function createContentClient(options: ContentClientOptions) {
  const endpoint = new URL('/graphql', options.url).toString();
  const status = options.status ?? 'PUBLISHED';
  const client = new GraphQLClient(endpoint, {
    fetch: options.fetch,
    headers: options.token ? { Authorization: `Bearer ${options.token}` } : undefined,
  });

  async function run<TResult, TVariables extends Record<string, unknown>>(
    operation: string,
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    try {
      return await client.request<TResult>({
        document: queryText(document),
        variables: { ...variables, status, ...(options.locale ? { locale: options.locale } : {}) },
        signal: AbortSignal.timeout(options.timeoutMs ?? 8000),
      });
    } catch (error) {
      if (error instanceof ClientError) {
        const httpStatus = error.response.status;
        // Server errors, time-outs and rate limiting pass: worth retrying later.
        if (httpStatus >= 500 || httpStatus === 408 || httpStatus === 429) {
          throw new ContentUnavailableError(operation, httpStatus, { cause: error });
        }
        const messages = (error.response.errors ?? []).map((e) => e.message);
        throw new ContentQueryError(operation, httpStatus, messages, { cause: error });
      }
      throw new ContentUnavailableError(operation, null, { cause: error });
    }
  }

  return {
    async getSiteSettings(): Promise<SiteSettings> {
      const { siteSetting } = await run('getSiteSettings', SiteSettingsDocument, {});
      if (!siteSetting) throw new ContentMissingError('getSiteSettings');
      const { hotlineLabel, hotlineNotice, hotline, ...rest } = siteSetting;
      return { ...rest, hotline: { ...hotline, label: hotlineLabel, notice: hotlineNotice ?? null } };
    },

    async listFaqs(): Promise<Faq[]> {
      return present(await readAll(async (start) => (await run('listFaqs', FaqsDocument, { start })).faqs));
    },

    async listGuidingPrinciples({ group }: { group?: PrincipleGroup } = {}): Promise<GuidingPrinciple[]> {
      const filters = group ? { group: { eq: group } } : undefined;
      return present((await run('listGuidingPrinciples', GuidingPrinciplesDocument, { filters })).guidingPrinciples);
    },

    async listCouncilAgencies(): Promise<CouncilAgency[]> {
      return present(
        await readAll(async (start) => (await run('listCouncilAgencies', CouncilAgenciesDocument, { start })).councilAgencies),
      );
    },

    async listResources({
      category,
      page = 1,
      pageSize = 100,
    }: { category?: ResourceCategory; page?: number; pageSize?: number } = {}): Promise<ResourcePage> {
      const filters = category ? { category: { eq: category } } : undefined;
      const result = await run('listResources', ResourcesDocument, { filters, page, pageSize });
      const connection = result.resources_connection;
      if (!connection) return { resources: [], page, pageSize, pageCount: 0, total: 0 };
      return { resources: connection.nodes, ...connection.pageInfo };
    },

    async listPages(): Promise<PageSummary[]> {
      return present((await run('listPages', PagesDocument, {})).pages);
    },

    /** The page with this slug, or null when there is none (or it is not published). */
    async getPage(slug: string): Promise<Page | null> {
      return present((await run('getPage', PageDocument, { slug })).pages)[0] ?? null;
    },
  };
}

export type ContentClient = ReturnType<typeof createContentClient>;
