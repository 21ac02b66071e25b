// How long an outbox row waits after a failed try (outbox.ts): the first pause, then `factor`
// times longer after each further failure, never longer than `longestMs`. Form emails and hotline
// notices double from EMAIL_RETRY_SECONDS up to an hour; partner webhooks grow fourfold from
// WEBHOOK_RETRY_SECONDS up to 8 hours, so a partner that is down for a day is not hammered.
export interface Backoff {
  firstMs: number;
  factor: number;
  longestMs: number;
}

/** The pause after `attempts` failed tries (the first failure waits `firstMs`). */
export const pauseMs = (attempts: number, { firstMs, factor, longestMs }: Backoff): number =>
  Math.min(longestMs, firstMs * factor ** Math.max(0, attempts - 1));
