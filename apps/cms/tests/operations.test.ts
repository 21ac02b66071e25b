// What an operator's load balancer and Prometheus ask the CMS: /_health (alive), /_ready (the
// database answers), and /metrics, with METRICS_TOKEN only, in the Prometheus text format (parsed
// here by a real parser), whose counters move as the CMS works: requests by route template, a
// refused request, a form email waiting while SMTP is down. And the request log on stdout.
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import logger from '../config/logger';
import { writeRequestLine } from '../src/middlewares/request-log';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';
const FORMS_TOKEN = 'forms-token-for-operations-tests-0123456789';
Object.assign(process.env, {
  METRICS_TOKEN,
  CMS_FORMS_TOKEN: FORMS_TOKEN,
  RATE_LIMIT_MAX: '3',
  RATE_LIMIT_WINDOW_MS: '600000',
  // SMTP configured but down: every email waits.
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: '9',
});

const suiteCms = useSuiteCms();
let cms: BootedCms;
beforeAll(() => {
  cms = suiteCms();
});

async function scrape() {
  const response = await fetch(`${cms.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const families = parsePrometheusTextFormat(await response.text());
  return (name: string, labels: Record<string, string> = {}) =>
    Number(
      families
        .find((family) => family.name === name)
        ?.metrics.find((metric) => Object.entries(labels).every(([key, value]) => metric.labels?.[key] === value))?.value ?? 0,
    );
}

describe('health and readiness', () => {
  it('answers /_health and /_ready with 204, never cached', async () => {
    for (const path of ['/_health', '/_ready']) {
      const response = await fetch(`${cms.url}${path}`);
      expect(response.status, path).toBe(204);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('answers 503 when the database does not, without telling the caller where the database is', async () => {
    // The database's own connection refuses its `raw` queries for a moment (knex's are read-only).
    const database = cms.strapi.db as unknown as { connection: object };
    const real = database.connection;
    const unreachable = () => Promise.reject(new Error('connect ECONNREFUSED 192.0.2.7:5432 (user maine_sten)'));
    const warnings: string[] = [];
    const warn = vi.spyOn(cms.strapi.log, 'warn').mockImplementation(((message: string) => warnings.push(message)) as never);
    database.connection = new Proxy(real, { get: (target, key) => (key === 'raw' ? unreachable : Reflect.get(target, key)) });
    try {
      for (let i = 0; i < 3; i += 1) {
        const response = await fetch(`${cms.url}/_ready`);
        expect(response.status).toBe(503);
        expect(await response.json()).toEqual({ ready: false, reason: 'database' });
      }
    } finally {
      database.connection = real;
      warn.mockRestore();
    }
    expect(warnings.filter((line) => line.includes('192.0.2.7'))).toHaveLength(1);
    expect((await fetch(`${cms.url}/_ready`)).status).toBe(204);
  });
});

describe('/metrics', () => {
  it('is refused without the token or with another one', async () => {
    expect((await fetch(`${cms.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${cms.url}/metrics`, { headers: { authorization: 'Bearer not-it' } })).status).toBe(401);
  });

  it('counts requests by route template and status, and the rate limit’s refusals', async () => {
    const before = await scrape();
    const faqs = before('cms_http_requests_total', { route: '/api/faqs', status: '200' });
    for (let i = 0; i < 5; i += 1) await fetch(`${cms.url}/api/faqs`);
    const after = await scrape();
    expect(after('cms_http_requests_total', { route: '/api/faqs', status: '200' })).toBe(faqs + 3);
    // Refused before routing: counted under the content API's family, not the path.
    // Counted from `before`: suites share a worker's process, and its metrics (vitest.config.mts).
    expect(after('cms_http_requests_total', { route: '/api/*', status: '429' })).toBe(before('cms_http_requests_total', { route: '/api/*', status: '429' }) + 2);
    expect(after('cms_rate_limit_refusals_total', { caller: 'anonymous' })).toBe(before('cms_rate_limit_refusals_total', { caller: 'anonymous' }) + 2);
  });

  it('reports a form email that could not be sent, and how old the oldest is', async () => {
    const answer = await fetch(`${cms.url}/api/contact-messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${FORMS_TOKEN}` },
      body: JSON.stringify({ data: { name: 'Ana', email: 'ana@example.org', replyBy: 'email', message: 'Waiting for SMTP' } }),
    });
    expect(answer.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const metric = await scrape();
    expect(metric('cms_form_emails_unsent', { type: 'contact-message' })).toBe(1);
    expect(metric('cms_form_email_oldest_unsent_seconds', { type: 'contact-message' })).toBeGreaterThanOrEqual(1);
    expect(metric('cms_form_emails_unsent', { type: 'training-request' })).toBe(0);
  });

  it('names no path, address or submitted text in any label', async () => {
    const text = await (await fetch(`${cms.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain('ana@example.org');
    expect(text).not.toContain('Waiting for SMTP');
  });
});

describe('request log', () => {
  const LINE = /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\] (\w+): (.*)$/;

  /** What the CMS writes to stdout while `run` runs (and one turn of the event loop after). */
  async function stdoutDuring(run: () => Promise<void>): Promise<string[]> {
    const writes: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    try {
      await run();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      spy.mockRestore();
    }
    return writes;
  }

  it('writes a line per request at the http level', async () => {
    cms.strapi.log.level = 'http';
    try {
      const writes = await stdoutDuring(async () => {
        await Promise.all(Array.from({ length: 20 }, (_, i) => fetch(`${cms.url}/no-such-page-for-the-log/${i}?n=${i}`)));
      });
      const lines = writes.join('').split('\n').filter(Boolean);
      for (const line of lines) expect(line).toMatch(LINE);
      const logged = lines.filter((line) => line.includes('/no-such-page-for-the-log'));
      expect(logged).toHaveLength(20);
      for (let i = 0; i < 20; i += 1) {
        expect(logged.filter((line) => new RegExp(`\\] http: GET /no-such-page-for-the-log/${i}\\?n=… \\(\\d+ ms\\) 404$`).test(line))).toHaveLength(1);
      }
    } finally {
      cms.strapi.log.level = 'warn';
    }
  });

  it('leaves the values of the query out: an unsubscribe token or a GraphQL GET’s variables never reach it', async () => {
    cms.strapi.log.level = 'http';
    const secret = 'SECRETTOKEN0123456789abcdefghijklmnop';
    try {
      const writes = await stdoutDuring(async () => {
        await fetch(`${cms.url}/api/newsletter-subscriptions/unsubscribe?token=${secret}`, { method: 'POST' });
        await fetch(`${cms.url}/graphql?query=${encodeURIComponent('{ faqs { question } }')}&variables=${encodeURIComponent(JSON.stringify({ q: secret }))}`);
      });
      const text = writes.join('');
      expect(text).toContain('/api/newsletter-subscriptions/unsubscribe?token=…');
      expect(text).toContain('/graphql?query=…&variables=…');
      expect(text).not.toContain(secret);
    } finally {
      cms.strapi.log.level = 'warn';
    }
  });

  it('writes the lines of one turn of the event loop at once', async () => {
    const writes = await stdoutDuring(async () => {
      for (let i = 0; i < 5; i += 1) writeRequestLine(`line ${i}`);
    });
    expect(writes).toEqual(['line 0\nline 1\nline 2\nline 3\nline 4\n']);
  });

  it('is in the shape of the lines of Strapi’s logger', () => {
    const info = logger.format.transform({ level: 'info', message: 'probe' }) as Record<symbol, string>;
    const line = info[Symbol.for('message')];
    expect(line).toMatch(LINE);
    expect(line).toMatch(/ info: probe$/);
  });

  it('writes nothing below the logger’s level', async () => {
    const writes = await stdoutDuring(async () => {
      await fetch(`${cms.url}/no-such-page-for-the-log?quiet`);
    });
    expect(writes.join('')).not.toContain('/no-such-page-for-the-log');
  });
});
