// `pnpm bench`: measures a running site (start it with `pnpm start` first, or set SITE_URL).
// Prints each page's transfer size (HTML, CSS, JS; raw, gzip, brotli) and an autocannon run
// against /faq. Loopback only; the run is bounded in time.
import { brotliCompressSync, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';

const site = process.env.SITE_URL ?? `http://127.0.0.1:${process.env.WEB_PORT ?? '3000'}`; // the running site
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

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
  const linked = [...text.matchAll(/(?:href|src)="(\.?\/[^"]+\.(?:css|js))"/g)].map(
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
    `  ${path.padEnd(18)} HTML ${h.raw} / ${h.gzip} / ${h.brotli}   CSS ${css.raw} / ${css.gzip} / ${css.brotli}   JS ${js.raw} / ${js.gzip} / ${js.brotli}`,
  );
}

console.log(`\nautocannon ${site}/faq: ${connections} connections, ${seconds} s`);
const result = await autocannon({ url: `${site}/faq`, connections, duration: seconds });
console.log(
  `  requests/s: mean ${result.requests.average}, p50 ${result.requests.p50}; latency ms: mean ${result.latency.average}, p50 ${result.latency.p50}, p99 ${result.latency.p99}; non-2xx ${result.non2xx}, errors ${result.errors}`,
);
