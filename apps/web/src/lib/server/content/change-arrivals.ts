// The three ways a change in the CMS reaches this web process, wired in one place; each would do
// alone, and each drops what changed (`drop`, see changes.ts):
// - the CMS's notice (push): the /api/revalidate route hands it to `notice`, which also tells the
//   other web processes;
// - the other web processes' Redis broadcast (broadcast.ts), when REDIS_URL is set;
// - this process's own check every CHANGES_POLL_MS (pull, change-poll.ts), the guarantee.
import { noteChangeNotice } from '../metrics.js';
import { settings } from '../settings.js';
import { ChangeBroadcast } from './broadcast';
import { ChangePoll } from './change-poll';
import type { CmsReachability } from './cms-reachability';
import type { ChangeMarkers } from './snapshot';

type Drop = (model: string, locale?: string) => number;

export class ChangeArrivals {
  private readonly broadcast = new ChangeBroadcast();
  private readonly poll: ChangePoll;

  constructor(private readonly drop: Drop, reachability: Pick<CmsReachability, 'answered' | 'failed'>) {
    this.poll = new ChangePoll(drop, reachability);
  }

  /** The CMS's change markers the cached content was read at (saved with the snapshot). */
  get markers(): ChangeMarkers | null {
    return this.poll.markers;
  }

  /**
   * Starts the pull from the snapshot's markers (`restored`: content came from a snapshot), and
   * listens to the other web processes when REDIS_URL is set.
   */
  start(startFrom: ChangeMarkers | null, restored: boolean): void {
    this.poll.start(startFrom, restored);
    // Not awaited: Redis is optional, and a Redis that is down must not keep the site from serving
    // (the client keeps reconnecting in the background).
    if (settings.REDIS_URL) {
      this.broadcast
        .listen(settings.REDIS_URL, (model, locale) => {
          noteChangeNotice('broadcast');
          this.drop(model, locale);
        })
        .catch((error: Error) => console.error('[broadcast] not listening for changes from other web processes: %s', error.message));
    }
  }

  /** The CMS's notice (push): drops what changed and passes it on to the other web processes. */
  async notice(model: string, locale?: string): Promise<number> {
    noteChangeNotice('push');
    const dropped = this.drop(model, locale);
    await this.broadcast.publish(model, locale); // the other web processes, when there are several (REDIS_URL)
    return dropped;
  }
}
