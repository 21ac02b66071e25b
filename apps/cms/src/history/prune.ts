// How long versions are kept: every version of the last year, and the newest 50 of each entry and
// language however old, so an entry edited rarely still has its past and one edited every hour
// still has a year.
export const KEEP_NEWEST = 50;
export const KEEP_DAYS = 365;

export interface KeptVersion {
  id: number;
  createdAt: string | Date;
}

/** The ids of the versions of one entry and language that may go, at `nowMs`. */
export function versionsToDrop(versions: KeptVersion[], nowMs: number): number[] {
  const before = nowMs - KEEP_DAYS * 24 * 60 * 60 * 1000;
  return [...versions]
    .sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime() || b.id - a.id)
    .slice(KEEP_NEWEST)
    .filter((version) => new Date(version.createdAt).getTime() < before)
    .map((version) => version.id);
}
