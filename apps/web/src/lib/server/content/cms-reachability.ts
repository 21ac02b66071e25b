// Whether the CMS answers, as every path that talks to it sees it: content loads, the change
// poll, a change notice. An outage is told once: one line when the CMS stops answering, one when
// it answers again, and between the two a count of failed requests at most once a minute (a
// restart used to write a line per cached entry and retry). Whoever needs to know that the CMS is
// back (the content circuit) listens to `onAnswer`, so any path that sees it answer ends the pause.

export interface CmsReachability {
  /** A request to the CMS was answered (any answer that is not a failure). */
  answered(): void;
  /** A request to the CMS failed; `what` names what was asked. */
  failed(what: string, error: unknown): void;
  /** False from the first failure of an outage until the next answer. */
  readonly answering: boolean;
}

export interface CmsReachabilityOptions {
  log?: Pick<Console, 'warn' | 'log'>;
  now?: () => number;
  /** The shortest time between two counts of an outage's failures. */
  summaryEveryMs?: number;
  /** Called when the CMS answers again after failures. */
  onAnswer?: () => void;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function cmsReachability({ log = console, now = Date.now, summaryEveryMs = 60_000, onAnswer }: CmsReachabilityOptions = {}): CmsReachability {
  let down: { since: number; failures: number; unreported: number; reportedAt: number } | null = null;
  return {
    get answering() {
      return down === null;
    },
    answered() {
      if (!down) return;
      const seconds = Math.round((now() - down.since) / 1000);
      log.log('[content] the CMS answers again, after %d s and %d failed requests', seconds, down.failures);
      down = null;
      onAnswer?.();
    },
    failed(what, error) {
      if (!down) {
        down = { since: now(), failures: 1, unreported: 0, reportedAt: now() };
        log.warn('[content] the CMS does not answer (%s: %s); serving the last good copy until it does', what, reason(error));
        return;
      }
      down.failures += 1;
      down.unreported += 1;
      if (now() - down.reportedAt >= summaryEveryMs) {
        log.warn('[content] the CMS still does not answer: %d more failed requests (%s: %s)', down.unreported, what, reason(error));
        down.unreported = 0;
        down.reportedAt = now();
      }
    },
  };
}
