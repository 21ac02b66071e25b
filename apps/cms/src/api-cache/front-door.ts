// Partners' scripts poll the same few GraphQL reads, many times a second. The first time, a read
// goes through Koa and every middleware; once Koa has answered it from the response cache, the same
// request again (same partner token, body, Origin and Content-Type) is answered here, before Koa:
// the answer the cache holds now, with the very headers Koa sent for that request, the token's
// limit charged (the rate limit's own limiter), counted and logged like every request. Koa's
// middlewares cost four fifths of such an answer. Anything else goes to Koa as before: another
// path or method, a token not checked in the last minute, a body larger than a small read's, a
// cookie, a request never answered from the cache by Koa, a miss (a publish moved the generation
// on), a limit reached (Koa answers its 429).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Core } from '@strapi/strapi';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { apiResponseCache, requests } from '../metrics';
import { logRequest } from '../middlewares/request-log';
import { cmsSettings } from '../settings';
import { apiTokenClassifier, bearerOf } from '../utils/content-api';
import { partnerLimit, rateLimitHeaders } from '../utils/rate-limiter';
import { apiCache } from './invalidate';
import { graphqlCacheKey, graphqlRequestOf, type GraphqlBody } from './request';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** A partner's read is a few hundred bytes; a longer body is left to Koa's reader and its limit. */
const MAX_BODY = 16 * 1024;
/** Per connection or per answer: never replayed from another request's answer. */
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'set-cookie', 'ratelimit-remaining', 'ratelimit-reset']);
const MAX_TEMPLATES = 1000;
/** Bodies remembered with their key: at most this long each (4 MB in all). */
const MAX_REMEMBERED_BODY = 4096;

interface Candidate {
  /** The partner token's hash: the key its limit is counted under. */
  hash: string;
  length: number;
}

/**
 * The body, all of it, left in the stream for Koa: read once it has all arrived, then put back
 * (before the stream can end), so a request this door does not answer reaches Koa untouched.
 */
function peekBody(req: IncomingMessage, length: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const settle = (body: Buffer | null) => {
      req.off('readable', onReadable).off('end', onEnd).off('error', onEnd);
      resolve(body);
    };
    const onReadable = () => {
      const body = req.read(length) as Buffer | null;
      if (body === null) return; // not all there yet: another 'readable' comes with the rest
      req.unshift(body);
      settle(body);
    };
    const onEnd = () => settle(null);
    req.on('readable', onReadable).on('end', onEnd).on('error', onEnd);
  });
}

/** Opens the door in front of Koa's listener (bootstrap), unless the response cache is off. */
export function openFrontDoor(strapi: Core.Strapi): void {
  const settings = cmsSettings();
  if (settings.API_CACHE_SECONDS === 0) return;
  const server = strapi.server.httpServer;
  const [koa] = server.listeners('request') as Listener[];
  if (!koa) return;
  const tokens = apiTokenClassifier(strapi);
  const store = () => apiCache(strapi, { ttlSeconds: settings.API_CACHE_SECONDS, maxBytes: settings.API_CACHE_MAX_MB * 1024 * 1024 });
  /** The headers Koa sent when it answered a request from the cache, by what they depend on. */
  const templates = new Map<string, OutgoingHttpHeaders>();

  const candidateOf = (req: IncomingMessage): Candidate | null => {
    if (req.method !== 'POST' || req.url !== '/graphql' || req.headers.cookie !== undefined || req.headers['transfer-encoding'] !== undefined) return null;
    const length = Number(req.headers['content-length']);
    if (!Number.isInteger(length) || length <= 0 || length > MAX_BODY) return null;
    const token = bearerOf(req.headers.authorization);
    const check = token === null ? undefined : tokens.known(token);
    return check?.caller === 'partner' ? { hash: check.hash, length } : null;
  };

  /** The cache keys of recent bodies: a partner sends the same few, and parsing each again cost
   * a tenth of an answer. */
  const keys = new Map<string, string | null>();
  const keyOf = (text: string): string | null => {
    const known = keys.get(text);
    if (known !== undefined) return known;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    const key = typeof parsed === 'object' && parsed !== null ? graphqlCacheKey('partner', graphqlRequestOf(parsed as GraphqlBody)) : null;
    if (text.length > MAX_REMEMBERED_BODY) return key;
    if (keys.size >= MAX_TEMPLATES) keys.clear();
    keys.set(text, key);
    return key;
  };

  /** Keeps the headers of Koa's answer to this request, when it came from the cache. */
  const learn = (res: ServerResponse, templateKey: string) => {
    res.once('finish', () => {
      if (res.statusCode !== 200 || res.getHeader('x-api-cache') !== 'hit') return;
      if (templates.size >= MAX_TEMPLATES) templates.clear();
      templates.set(templateKey, Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !NOT_REPLAYED.has(name))));
    });
  };

  /** True when dealt with here; false when Koa must answer (nothing sent yet). */
  const answer = async (req: IncomingMessage, res: ServerResponse, candidate: Candidate, start: number): Promise<boolean> => {
    const body = await peekBody(req, candidate.length);
    if (body === null) {
      // Ended or failed before its declared length: the client went away mid-request.
      res.destroy();
      return true;
    }
    const key = keyOf(body.toString('utf8'));
    if (key === null) return false;
    const templateKey = `${key}\n${req.headers.origin ?? ''}\n${req.headers['content-type'] ?? ''}`;
    const template = templates.get(templateKey);
    if (!template) {
      learn(res, templateKey);
      return false;
    }
    const limit = partnerLimit.get(strapi);
    const generation = await store().generation();
    const cached = generation === null ? null : await store().get(generation, key);
    if (!limit || !cached) return false;
    let state: RateLimiterRes;
    try {
      state = await limit.consume(candidate.hash);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return false; // Koa refuses it, with its headers and count
      throw refusal;
    }
    const headers: OutgoingHttpHeaders = { ...template, 'content-type': cached.type, 'content-length': cached.body.length };
    for (const [name, value] of Object.entries(rateLimitHeaders(limit.max, state))) headers[name.toLowerCase()] = value;
    apiResponseCache.inc({ result: 'hit' });
    res.writeHead(200, headers);
    res.end(cached.body);
    req.resume(); // the body put back for Koa
    requests.inc({ route: cached.route ?? '/graphql', status: '200' });
    logRequest(strapi, 'POST', '/graphql', start, 200);
    return true;
  };

  server.off('request', koa);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const candidate = candidateOf(req);
    if (!candidate) return koa(req, res);
    answer(req, res, candidate, Date.now()).then(
      (answered) => {
        if (!answered) koa(req, res);
      },
      (error: Error) => {
        strapi.log.warn(`[api-cache] the front door passed a request on to Koa: ${error.message}`);
        if (!res.headersSent) koa(req, res);
      },
    );
  });
}
