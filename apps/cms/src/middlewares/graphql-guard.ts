// Bounds the size and breadth of one GraphQL request before it reaches Apollo: too many bytes,
// fields, aliases or operations answer 400 at once instead of becoming a slow 200.
// (Depth and list sizes are bounded by the GraphQL plugin's depthLimit/maxLimit.)
import { Kind, parse, visit, type DocumentNode } from 'graphql';
import type { Context, Next } from 'koa';

interface GraphqlGuardConfig {
  maxBytes: number;
  maxFields: number;
  maxAliases: number;
}

const refuse = (ctx: Context, message: string) => {
  ctx.status = 400;
  ctx.body = { errors: [{ message, extensions: { code: 'QUERY_TOO_LARGE' } }] };
};

function measure(document: DocumentNode): { fields: number; aliases: number; operations: number } {
  let fields = 0;
  let aliases = 0;
  let operations = 0;
  visit(document, {
    [Kind.FIELD]: (node) => {
      fields += 1;
      if (node.alias) aliases += 1;
    },
    [Kind.OPERATION_DEFINITION]: () => {
      operations += 1;
    },
  });
  return { fields, aliases, operations };
}

/**
 * Reads a JSON request body, up to `limit` bytes. Strapi's body parser leaves /graphql to Apollo's
 * own parser, which skips a body that is already parsed, so reading it here costs nothing extra.
 */
async function readJsonBody(ctx: Context, limit: number): Promise<{ body?: unknown; tooLarge?: true }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > limit) return { tooLarge: true };
    chunks.push(chunk as Buffer);
  }
  try {
    return { body: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return {};
  }
}

const graphqlGuard = (config: GraphqlGuardConfig) => async (ctx: Context, next: Next) => {
  if (ctx.path !== '/graphql' || !['GET', 'POST'].includes(ctx.method)) return next();

  let query: unknown = ctx.query.query;
  if (ctx.method === 'POST' && ctx.is('application/json')) {
    // Variables and the operation name come on top of the query itself.
    const { body, tooLarge } = await readJsonBody(ctx, config.maxBytes * 2);
    if (tooLarge) return refuse(ctx, `The request is longer than ${config.maxBytes * 2} bytes.`);
    if (body === undefined) return refuse(ctx, 'The request body is not valid JSON.');
    (ctx.request as { body?: unknown }).body = body;
    query = Array.isArray(body) ? undefined : (body as { query?: unknown } | null)?.query;
  }
  if (typeof query !== 'string') return next();

  if (Buffer.byteLength(query) > config.maxBytes) return refuse(ctx, `The query is longer than ${config.maxBytes} bytes.`);
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return next(); // Apollo answers syntax errors itself, with a clear message.
  }
  const { fields, aliases, operations } = measure(document);
  if (fields > config.maxFields) return refuse(ctx, `The query selects ${fields} fields; the limit is ${config.maxFields}.`);
  if (aliases > config.maxAliases) return refuse(ctx, `The query uses ${aliases} aliases; the limit is ${config.maxAliases}.`);
  if (operations > 10) return refuse(ctx, 'The document holds more than 10 operations.');
  return next();
};

export default graphqlGuard;
