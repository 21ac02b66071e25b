// `pnpm bench`: measures a running site (start it with `pnpm start` first, or set SITE_URL and
// CMS_URL). Prints each page's transfer size (HTML, CSS, JS; raw, gzip, brotli) and a throughput
// table for /faq. Loopback only; every run is bounded in time (BENCH_SECONDS each).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { bareServer } from './bare-server.mjs';
import { benchMemory } from './bench-memory.mjs';
import { benchPartners } from './bench-partners.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** KEY=value lines of an env file (the CMS's generated apps/cms/.env), or nothing. */
const readEnvFile = (file) =>
  existsSync(file) ? Object.fromEntries([...readFileSync(file, 'utf8').matchAll(/^([A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2].trim()])) : {};

const site = process.env.SITE_URL ?? `http://127.0.0.1:${process.env.WEB_PORT ?? '3000'}`; // the running site
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

const sizes = (buffer) => ({
  raw: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer).length,
});
const fetchBytes = async (url) => Buffer.from(await (await fetch(url)).arrayBuffer());

const sitemap = await (await fetch(`${site}/sitemap.xml`)).text();
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);

console.log(`Page sizes at ${site} (bytes: raw / gzip / brotli)`);
const assets = new Map();
for (const path of paths) {
  const html = await fetchBytes(`${site}${path}`);
  const text = html.toString();
  // SvelteKit links assets relative to the page (./_app/…, ../_app/… under /es/).
  const linked = [...text.matchAll(/(?:href|src)="((?:\.{1,2}\/)*\/?[^":]+\.(?:css|js))"/g)].map(
    (m) => new URL(m[1], `${site}${path}`).pathname,
  );
  const css = { raw: 0, gzip: 0, brotli: 0 };
  const js = { raw: 0, gzip: 0, brotli: 0 };
  for (const asset of linked) {
    if (!assets.has(asset)) assets.set(asset, sizes(await fetchBytes(`${site}${asset}`)));
    const target = asset.endsWith('.css') ? css : js;
    for (const key of Object.keys(target)) target[key] += assets.get(asset)[key];
  }
  const h = sizes(html);
  console.log(
    `  ${path.padEnd(24)} HTML ${h.raw} / ${h.gzip} / ${h.brotli}   CSS ${css.raw} / ${css.gzip} / ${css.brotli}   JS ${js.raw} / ${js.gzip} / ${js.brotli}`,
  );
}

// Throughput, side by side in one run: a bare Node server sending the very same compressed bytes
// (the ceiling), the site answering from its output cache, the site rendering (a cookie sends the
// request past the output cache, to SvelteKit, with the content in memory), and the CMS's GraphQL
// list query behind it.
const faq = await fetch(`${site}/faq`, { headers: { 'accept-encoding': 'br' } });
const faqBytes = Buffer.from(await faq.arrayBuffer());
const faqHeaders = Object.fromEntries(faq.headers);

const bare = await bareServer(faqBytes, faqHeaders);

const cmsUrl = process.env.CMS_URL ?? `http://127.0.0.1:${process.env.CMS_PORT ?? '1337'}`;
const cmsEnv = readEnvFile(path.join(root, 'apps/cms/.env'));
const cmsToken = process.env.CMS_READ_TOKEN ?? cmsEnv.CMS_READ_TOKEN ?? '';

const runs = [
  ['bare Node http, same bytes', { url: `${bare.url}/faq` }],
  ['site /faq, output cache hit', { url: `${site}/faq`, headers: { 'accept-encoding': 'br' } }],
  ['site /faq, render (cache bypassed)', { url: `${site}/faq`, headers: { 'accept-encoding': 'br', cookie: 'sten_preview=bench' } }],
  [
    'CMS GraphQL faqs list',
    {
      url: `${cmsUrl}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cmsToken ? { authorization: `Bearer ${cmsToken}` } : {}) },
      body: JSON.stringify({ query: '{ faqs(pagination: { limit: 100 }) { question slug answer } }' }),
    },
  ],
];

console.log(`\nThroughput (autocannon, ${connections} connections, ${seconds} s each)`);
console.log(`  ${'target'.padEnd(38)} ${'req/s'.padStart(9)} ${'% of bare'.padStart(10)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  non-2xx`);
let bareRate = 0;
for (const [name, options] of runs) {
  const result = await autocannon({ ...options, connections, duration: seconds });
  if (!bareRate) bareRate = result.requests.average;
  const share = `${((100 * result.requests.average) / bareRate).toFixed(1)} %`;
  console.log(
    `  ${name.padEnd(38)} ${String(Math.round(result.requests.average)).padStart(9)} ${share.padStart(10)} ${String(result.latency.p50).padStart(7)} ${String(result.latency.p99).padStart(7)}  ${result.non2xx + result.errors}`,
  );
}
bare.stop();

await benchPartners({
  cmsUrl,
  email: process.env.ADMIN_EMAIL ?? cmsEnv.ADMIN_EMAIL,
  password: process.env.ADMIN_PASSWORD ?? cmsEnv.ADMIN_PASSWORD,
  seconds,
});

// Last: the floods leave the servers as a hostile visitor would (their limits full for a while).
await benchMemory({ site, cmsUrl });
