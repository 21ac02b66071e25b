// What an operator's load balancer and Prometheus ask the CMS: /_health (alive), /_ready (the
// database answers), and /metrics, with METRICS_TOKEN only, in the Prometheus text format (parsed
// here by a real parser), whose counters move as the CMS works: requests by route template, a
// refused request, a form email waiting while SMTP is down.
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSuiteCms, type BootedCms } from './harness';

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
    expect(after('cms_http_requests_total', { route: '/api/*', status: '429' })).toBe(2);
    expect(after('cms_rate_limit_refusals_total')).toBe(before('cms_rate_limit_refusals_total') + 2);
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
