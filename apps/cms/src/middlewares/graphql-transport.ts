// What reaches Apollo at /graphql: GET with a query string, or POST with a JSON body, each within
// a byte limit. Anything else answers 405 / 415 / 413 here. The document itself (aliases, depth,
// cost, tokens, directives) is bounded inside Apollo by GraphQL Armor (src/graphql/armor.ts).
import type { Context, Next } from 'koa';

interface GraphqlTransportConfig {
  /** Longest request body (query, variables and operation name together), in bytes. */
  maxBytes: number;
}

const refuse = (ctx: Context, status: number, message: string, code: string) => {
  ctx.status = status;
  ctx.body = { errors: [{ message, extensions: { code } }] };
};

/**
 * application/json in any case, with or without parameters (type-is, as Apollo reads it: media
 * types are case-insensitive); not json-patch, not forms, not text.
 */
const isJson = (ctx: Context) => ctx.is('application/json') === 'application/json';

/**
 * Reads the body up to `limit` bytes. Apollo's body parser skips a body that is already parsed,
 * so reading it here costs nothing extra. Events rather than `for await`: the async iterator
 * cost a noticeable part of a cached answer's time.
 */
function readBody(ctx: Context, limit: number): Promise<Buffer | 'too large'> {
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > limit) return Promise.resolve('too large');
  const request = ctx.req;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      request.off('data', onData).off('end', onEnd).off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      done();
      request.destroy(); // what is left is not read
      resolve('too large');
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

const graphqlTransport = (config: GraphqlTransportConfig) => async (ctx: Context, next: Next) => {
  if (ctx.path !== '/graphql' || ctx.method === 'OPTIONS') return next();

  if (ctx.method === 'GET' || ctx.method === 'HEAD') {
    if (Buffer.byteLength(ctx.querystring) > config.maxBytes) {
      return refuse(ctx, 414, `The query string is longer than ${config.maxBytes} bytes.`, 'REQUEST_TOO_LARGE');
    }
    return next();
  }
  if (ctx.method !== 'POST') {
    ctx.set('Allow', 'GET, POST, OPTIONS');
    return refuse(ctx, 405, 'Use GET or POST.', 'METHOD_NOT_ALLOWED');
  }
  // Strapi's body parser leaves the body to Apollo only at the exact address: with a query string
  // it has read it already, and waiting here for a body that never comes held the request open.
  if (ctx.querystring !== '') {
    return refuse(ctx, 400, 'Send a POST to /graphql without a query string: the operation goes in the JSON body.', 'BAD_REQUEST');
  }
  if (!isJson(ctx)) {
    return refuse(ctx, 415, 'Send the request as Content-Type: application/json.', 'UNSUPPORTED_MEDIA_TYPE');
  }
  const raw = await readBody(ctx, config.maxBytes);
  if (raw === 'too large') {
    ctx.set('Connection', 'close');
    return refuse(ctx, 413, `The request is longer than ${config.maxBytes} bytes.`, 'REQUEST_TOO_LARGE');
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return refuse(ctx, 400, 'The request body is not valid JSON.', 'BAD_REQUEST');
  }
  // null, false, 0 or "" would look unparsed to Apollo's body parser, which then fails (500) on the
  // stream already read. A request is an object ({ query, variables }), or an array (a batch,
  // which Apollo refuses with 400 itself).
  if (typeof body !== 'object' || body === null) {
    return refuse(ctx, 400, 'The request body must be a JSON object: { "query": "…" }.', 'BAD_REQUEST');
  }
  (ctx.request as { body?: unknown }).body = body;
  return next();
};

export default graphqlTransport;
