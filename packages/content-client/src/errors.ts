// Typed failures, so callers can tell "the CMS is down" (serve a cached copy, show the fallback)
// from "the query is wrong" (a bug) without parsing messages.

export class ContentError extends Error {
  constructor(
    message: string,
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The CMS could not be reached, timed out, rate-limited us (429) or answered with a server error. Worth retrying later. */
export class ContentUnavailableError extends ContentError {
  constructor(
    operation: string,
    readonly status: number | null,
    options?: { cause?: unknown },
  ) {
    super(`The CMS is unavailable for ${operation}${status ? ` (HTTP ${status})` : ''}.`, operation, options);
  }
}

/** The CMS refused the query (validation, permission, limit): retrying will not help. */
export class ContentQueryError extends ContentError {
  constructor(
    operation: string,
    readonly status: number | null,
    readonly messages: string[],
    options?: { cause?: unknown },
  ) {
    super(`The CMS refused ${operation}: ${messages.join('; ') || `HTTP ${status}`}`, operation, options);
  }
}

/** A single item that must exist (the site settings) is missing or unpublished. */
export class ContentMissingError extends ContentError {
  constructor(operation: string) {
    super(`The CMS has no published content for ${operation}.`, operation);
  }
}
