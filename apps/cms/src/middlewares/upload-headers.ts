// Every file under /uploads is served with the headers of src/uploads/policy.ts.
import type { Context, Next } from 'koa';
import { uploadHeaders } from '../uploads/policy';

const uploadHeadersMiddleware = () => async (ctx: Context, next: Next) => {
  await next();
  if (ctx.path.startsWith('/uploads/')) ctx.set(uploadHeaders(ctx.path));
};

export default uploadHeadersMiddleware;
