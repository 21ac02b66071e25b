// `pnpm bench`, the partners' part: the content API as a partner's script meets it. A read-only
// API token is made for the run (through the admin API, with ADMIN_EMAIL/ADMIN_PASSWORD) and
// deleted after. Measured: the FAQ list over GraphQL with that token at 50 clients (p50/p95/p99,
// req/s) beside a bare Node server sending the same answer (the ratio), and whether heavy queries
// sent within the rate limit slow another client's /api/faqs.
// 50 clients as fast as they can go are far over any one partner's limit: start the CMS with
// RATE_LIMIT_TOKEN_MAX=10000000 for the bench (`RATE_LIMIT_TOKEN_MAX=10000000 pnpm start`), or
// the table shows the limit's 429s (counted as non-2xx) instead of the API.
import autocannon from 'autocannon';
import { bareServer } from './bare-server.mjs';

const FAQ_LIST = JSON.stringify({ query: '{ faqs(pagination: { limit: 100 }) { question slug answer } }' });
/** 20 aliases × 100 pages with their bodies: what one anonymous client may try. */
const HEAVY = JSON.stringify({
  query: `{ ${Array.from({ length: 20 }, (_, i) => `p${i}: pages(pagination: { limit: 100 }) { title slug summary body { __typename ... on ComponentSectionsRichText { body } } }`).join(' ')} }`,
});

/** The dearest query the cost still lets through (20 aliases × 4 pages with bodies), made new for
 * every request (a comment), so the response cache cannot answer it. */
const NEAR_LIMIT = `{ ${Array.from({ length: 20 }, (_, i) => `p${i}: pages(pagination: { limit: 4 }) { title slug summary body { __typename ... on ComponentSectionsRichText { body } } }`).join(' ')} }`;
let variant = 0;
const nonce = Date.now().toString(36);
const nearLimitRequest = (request) => ({ ...request, body: JSON.stringify({ query: `# ${nonce} ${(variant += 1)}\n${NEAR_LIMIT}` }) });

const WARM_UP_SECONDS = 3;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs autocannon and keeps every response's time, for percentiles autocannon does not give (p95). */
async function measure(options) {
  const times = [];
  const instance = autocannon(options);
  instance.on('response', (_client, _status, _bytes, time) => times.push(time));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rate: Math.round(result.requests.average),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    over2s: times.filter((time) => time > 2000).length,
    failed: result.non2xx + result.errors,
  };
}

const row = (name, m) =>
  `  ${name.padEnd(46)} ${String(m.rate).padStart(7)} ${m.p50.toFixed(1).padStart(8)} ${m.p95.toFixed(1).padStart(8)} ${m.p99.toFixed(1).padStart(8)} ${String(m.over2s).padStart(6)} ${String(m.failed).padStart(7)}`;

async function adminToken(cmsUrl, email, password) {
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`admin login answered ${response.status}`);
  return (await response.json()).data.token;
}

export async function benchPartners({ cmsUrl, email, password, seconds }) {
  if (!email || !password) {
    console.log('\nPartners: skipped (ADMIN_EMAIL/ADMIN_PASSWORD unknown: a token cannot be made for the run)');
    return;
  }
  const admin = { authorization: `Bearer ${await adminToken(cmsUrl, email, password)}`, 'content-type': 'application/json' };
  const created = await fetch(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({ name: `bench partner ${Date.now()}`, type: 'read-only', lifespan: null, permissions: null }),
  });
  if (!created.ok) throw new Error(`creating the partner token answered ${created.status}`);
  const token = (await created.json()).data;
  try {
    const partner = { 'content-type': 'application/json', authorization: `Bearer ${token.accessKey}` };
    const duration = Math.max(seconds, 15);
    console.log(`\nPartners' content API (autocannon; ms)`);
    console.log(`  ${'target'.padEnd(46)} ${'req/s'.padStart(7)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)} ${'>2 s'.padStart(6)} ${'non-2xx'.padStart(7)}`);
    const faqList = { url: `${cmsUrl}/graphql`, method: 'POST', headers: partner, body: FAQ_LIST, connections: 50 };
    // A partner's script that has been polling a while: the CMS's code compiled and the answer
    // kept. The first seconds after a start (the JIT at work) are not what partners meet.
    await measure({ ...faqList, duration: WARM_UP_SECONDS });
    const faqs = await measure({ ...faqList, duration });
    console.log(row('GraphQL faqs list, partner token, 50 clients', faqs));
    // Side by side in this run: a bare Node server sending the very same answer.
    const answer = await fetch(faqList.url, { method: 'POST', headers: partner, body: FAQ_LIST });
    const sameBytes = Buffer.from(await answer.arrayBuffer());
    const bare = await bareServer(sameBytes, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    let ceiling;
    try {
      await measure({ ...faqList, url: bare.url, duration: WARM_UP_SECONDS });
      ceiling = await measure({ ...faqList, url: bare.url, duration });
    } finally {
      bare.stop();
    }
    console.log(row('bare Node http, the same answer, 50 clients', ceiling));
    console.log(`  p95 of the FAQ list: ${faqs.p95.toFixed(1)} ms (goal: at most 25 ms); throughput ${((100 * faqs.rate) / ceiling.rate).toFixed(0)} % of the bare server's (goal: at least 60 %)`);

    // Another client reading /api/faqs, alone and while 8 clients each send 15 heavy queries in 20 s.
    const other = { url: `${cmsUrl}/api/faqs`, headers: partner, connections: 2, duration: 20 };
    const alone = await measure(other);
    console.log(row('/api/faqs, 2 clients, alone', alone));
    const heavy = measure({ url: `${cmsUrl}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: HEAVY, connections: 8, overallRate: 6, duration: 20 });
    const during = await measure(other);
    const heavyResult = await heavy;
    console.log(row('/api/faqs, 2 clients, during heavy queries', during));
    console.log(row('heavy query (20 aliases × 100 pages), 8 clients', heavyResult));
    // The same, with the dearest query the cost allows, never twice the same (no cache).
    const near = measure({
      url: `${cmsUrl}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: nearLimitRequest }],
      connections: 8,
      overallRate: 6,
      duration: 20,
    });
    const duringNear = await measure(other);
    const nearResult = await near;
    console.log(row('/api/faqs, 2 clients, during near-limit queries', duringNear));
    console.log(row('near-limit query (20 × 4 pages), uncached, 8 clients', nearResult));
    console.log(`  slowdown of /api/faqs by near-limit queries: p50 ×${(duringNear.p50 / Math.max(alone.p50, 0.1)).toFixed(2)}, p95 ×${(duringNear.p95 / Math.max(alone.p95, 0.1)).toFixed(2)} (goal: at most ×2)`);
    const refused = faqs.failed + alone.failed + during.failed;
    if (refused > 0) console.log(`  ${refused} partner requests were not 2xx: the CMS's RATE_LIMIT_TOKEN_MAX is too low for a bench`);
    console.log(`  slowdown of /api/faqs by heavy queries: p50 ×${(during.p50 / Math.max(alone.p50, 0.1)).toFixed(2)}, p95 ×${(during.p95 / Math.max(alone.p95, 0.1)).toFixed(2)} (goal: at most ×2)`);
  } finally {
    await fetch(`${cmsUrl}/admin/api-tokens/${token.id}`, { method: 'DELETE', headers: admin });
  }
}
