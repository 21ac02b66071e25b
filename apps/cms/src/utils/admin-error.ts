// The error body the admin's own routes answer with, shaped as Strapi's own errors so the admin's
// fetch client shows the message (Strapi's error handling would reduce a 403 to "Forbidden").
import type { Context } from 'koa';

const NAMES = { 400: 'ValidationError', 403: 'ForbiddenError', 404: 'NotFoundError', 413: 'PayloadTooLargeError' } as const;

export function answerError(ctx: Context, status: keyof typeof NAMES, message: string): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name: NAMES[status], message } };
}
