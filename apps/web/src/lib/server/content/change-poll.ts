// The pull path beside the CMS's change notices (push) and the Redis broadcast: every
// CHANGES_POLL_MS (1 s) this process asks the CMS for its change markers (a string per content
// type and language that changes with what is published there, src/api/content-change in the
// CMS) and drops what changed, so a publish is seen within a second or two even when a notice or
// a pub/sub message was lost, or the process was down. The markers go into the snapshot: at the
// first check after a restart, whatever changed while it was down is dropped.
import { cmsUrl } from '../cms-url';
import { noteChangeNotice } from '../metrics.js';
import { settings } from '../settings.js';
import type { CmsReachability } from './cms-reachability';
import type { ChangeMarkers } from './snapshot';

async function fetchMarkers(): Promise<ChangeMarkers> {
  const response = await fetch(`${cmsUrl()}/api/content-changes`, {
    headers: settings.CMS_READ_TOKEN ? { authorization: `Bearer ${settings.CMS_READ_TOKEN}` } : {},
    signal: AbortSignal.timeout(Math.min(settings.CMS_TIMEOUT_MS, 5000)),
  });
  if (!response.ok) throw new Error(`the CMS answered ${response.status}`);
  return ((await response.json()) as { data: ChangeMarkers }).data;
}

/** The (model, locale) pairs whose marker differs; a model or language that appeared or went counts. */
export function changedBetween(before: ChangeMarkers, after: ChangeMarkers): [string, string][] {
  const changed: [string, string][] = [];
  for (const model of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[model] ?? {};
    const now = after[model] ?? {};
    for (const locale of new Set([...Object.keys(was), ...Object.keys(now)])) {
      if (was[locale] !== now[locale]) changed.push([model, locale]);
    }
  }
  return changed;
}

/** The checks of one process; `invalidate(model, locale)` drops what changed. */
export class ChangePoll {
  private known: ChangeMarkers | null = null;

  constructor(
    private readonly invalidate: (model: string, locale?: string) => void,
    private readonly reachability: Pick<CmsReachability, 'answered' | 'failed'>,
  ) {}

  /** The markers of the content now cached (saved with the snapshot). */
  get markers(): ChangeMarkers | null {
    return this.known;
  }

  /**
   * Checks once: drops what changed since the last check (or since the snapshot's markers). With
   * nothing to compare with (no snapshot markers), `restored` content (from a snapshot) is all
   * dropped, since it may be of any age.
   */
  async check(restored: boolean): Promise<number> {
    const markers = await fetchMarkers();
    const before = this.known;
    this.known = markers;
    if (!before) {
      if (restored) this.invalidate('site-setting'); // every entry
      return 0;
    }
    const changed = changedBetween(before, markers);
    for (const [model, locale] of changed) {
      this.invalidate(model, locale);
      noteChangeNotice('pull');
    }
    return changed.length;
  }

  /** Starts the checks; `startFrom` are the snapshot's markers, if any. Each outcome goes to `reachability`. */
  start(startFrom: ChangeMarkers | null, restored: boolean): () => void {
    this.known = startFrom;
    let stopped = false;
    const tick = async () => {
      try {
        await this.check(restored && startFrom === null);
        this.reachability.answered();
      } catch (error) {
        this.reachability.failed('change check', error);
      }
      if (!stopped) setTimeout(tick, settings.CHANGES_POLL_MS).unref();
    };
    void tick();
    return () => {
      stopped = true;
    };
  }
}
