// The languages an administrator added in the CMS (its api/site-language), read into $lib/i18n's
// list at the server's start and then at most every REFRESH_MS, in the background of a request: a
// language whose last message was imported or whose last entry was published is served and
// offered within REFRESH_MS, and at once after a restart. Only complete languages are taken. When
// the list or a text changes, the rendered pages go (each one's language switcher lists the languages).
import { LOCALE_CODE, setAddedLanguages, type AddedLanguage } from '$lib/i18n/languages';
import { cmsUrl } from '../cms-url';
import { settings } from '../settings.js';

export const REFRESH_MS = 30_000;

const isTexts = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((text) => typeof text === 'string');

/** The complete ones among the CMS's answer; anything malformed is left out. */
export function completeLanguages(data: unknown): AddedLanguage[] {
  if (!Array.isArray(data)) throw new Error('the CMS answered without a list of languages');
  return data.flatMap((item: unknown) => {
    const { code, complete, messages } = (item ?? {}) as { code?: unknown; complete?: unknown; messages?: unknown };
    return typeof code === 'string' && new RegExp(`^${LOCALE_CODE.source}$`).test(code) && complete === true && isTexts(messages) ? [{ code, messages }] : [];
  });
}

async function fetchLanguages(): Promise<AddedLanguage[]> {
  const response = await fetch(`${cmsUrl()}/api/site-languages`, {
    headers: settings.CMS_READ_TOKEN ? { authorization: `Bearer ${settings.CMS_READ_TOKEN}` } : {},
    signal: AbortSignal.timeout(Math.min(settings.CMS_TIMEOUT_MS, 5000)),
  });
  if (!response.ok) throw new Error(`the CMS answered ${response.status}`);
  return completeLanguages(((await response.json()) as { data?: unknown }).data);
}

export class AddedLanguages {
  private readAt = Number.NEGATIVE_INFINITY;
  private reading: Promise<void> | null = null;
  private failing = false;

  constructor(
    private readonly changed: () => void,
    private readonly read: () => Promise<AddedLanguage[]> = fetchLanguages,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reads the list once (one read at a time); a failed read keeps the list there was. */
  refresh(): Promise<void> {
    this.reading ??= this.read()
      .then(
        (languages) => {
          this.failing = false;
          if (setAddedLanguages(languages)) this.changed();
        },
        (error: Error) => {
          // Once per outage: the change check already says when the CMS does not answer.
          if (!this.failing) console.warn('[languages] the languages added in the CMS were not read: %s', error.message);
          this.failing = true;
        },
      )
      .finally(() => {
        this.readAt = this.now();
        this.reading = null;
      });
    return this.reading;
  }

  /** Starts a read in the background when the last one is REFRESH_MS old. */
  refreshIfDue(): void {
    if (this.now() - this.readAt >= REFRESH_MS) void this.refresh();
  }
}
