// The shape of a line of the CMS's log (config/logger.ts for Strapi's own messages, the request
// log for each request): `[2026-12-01T19:48:30.542Z] http: GET /api/faqs (3 ms) 200`.

let lastMs = -1;
let lastTime = '';

/** ISO 8601 in UTC: unambiguous, and what log collectors read. Made once per millisecond: under
 * load, many lines share one. */
export function logTime(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastTime = new Date(now).toISOString();
  }
  return lastTime;
}

export const logLine = (time: string, level: string, message: string): string => `[${time}] ${level}: ${message}`;
