// One line per failed request. Expected answers (4xx: a wrong method, a bad link) are a single
// warning without a stack, so the real failures (5xx, with their stack) stand out. The request
// path is an argument, never part of the format string: `/%c0%ff` is logged as it was sent.

export interface Logger {
  warn: (format: string, ...args: unknown[]) => void;
  error: (format: string, ...args: unknown[]) => void;
}

export interface FailedRequest {
  status: number;
  method: string;
  path: string;
  error: unknown;
}

export function logFailedRequest({ status, method, path, error }: FailedRequest, log: Logger = console): void {
  if (status === 404) return; // every stray link and probe would fill the log
  if (status < 500) {
    log.warn('[web] %d %s %s', status, method, path);
    return;
  }
  log.error('[web] %d %s %s failed:', status, method, path, error);
}
