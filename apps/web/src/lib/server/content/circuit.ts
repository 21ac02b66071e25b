// A circuit breaker for the CMS: after a failure, no request is sent for a while (1 s, doubling
// up to 30 s), so a hanging or failing CMS costs one timeout per backoff period instead of one per
// visitor. The first load after the pause is a probe: success closes the circuit, failure doubles
// the pause. Requests that were already under way when it opened fail too, but they are the same
// outage: only a failure while closed counts, so a hundred refreshes failing together pause for
// 1 s, not for the cap.

export class Circuit {
  private failures = 0;
  private openUntil = 0;

  constructor(
    private readonly baseMs = 1000,
    private readonly maxMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True while requests to the CMS are held back. */
  get open(): boolean {
    return this.now() < this.openUntil;
  }

  /** Milliseconds until the next probe may go out (0 when closed). */
  get retryInMs(): number {
    return Math.max(0, this.openUntil - this.now());
  }

  succeeded(): void {
    this.failures = 0;
    this.openUntil = 0;
  }

  failed(): void {
    if (this.open) return;
    this.failures += 1;
    this.openUntil = this.now() + Math.min(this.maxMs, this.baseMs * 2 ** (this.failures - 1));
  }
}
