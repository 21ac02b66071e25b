// `pnpm bench`, the memory part: the web and CMS processes' resident memory (RSS, from /proc)
// idle, then after each hostile flood of the issue that asked for it (#38): 40,000 made-up
// addresses, 40,000 distinct searches each from its own visitor address, 10,000 partner requests
// (feeds, the hotline embed, HSDS from the CMS). Visitor addresses are sent as X-Forwarded-For
// values in 127.0.0.0/8 — the traffic itself only ever goes to the loopback site — so start the site
// trusting that header: `ADDRESS_HEADER=x-forwarded-for XFF_DEPTH=1 pnpm start`. Linux only (/proc, ss).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** The pid of the process listening on `port` (of `url`), from `ss`. */
export function pidListeningOn(url) {
  const port = new URL(url).port || '80';
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`No process of this user listens on port ${port} (ss shows: ${out.trim() || 'nothing'})`);
  return Number(pid);
}

const rssMb = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

/** A visitor address for request `n`: 127.0.0.0/8 has room for every flood here. */
const address = (n) => `127.${(n >> 16) & 255}.${(n >> 8) & 255}.${(n & 255) || 1}`;

async function flood({ name, total, connections = 32, request }) {
  let n = 0;
  const result = await autocannon({
    url: request(0).url,
    connections,
    amount: total,
    requests: [{ setupRequest: (req) => ({ ...req, ...request((n += 1)) }) }],
  });
  return { name, total, non2xx: result.non2xx, errors: result.errors };
}

export async function benchMemory({ site, cmsUrl }) {
  const web = pidListeningOn(site);
  const cms = pidListeningOn(cmsUrl);
  const origin = new URL(site).origin;
  const rows = [['idle', rssMb(web), rssMb(cms)]];
  const floods = [
    {
      name: '40,000 made-up addresses',
      total: 40_000,
      request: (n) => ({ url: `${site}/made-up-${n}`, path: `/made-up-${n}`, headers: { 'x-forwarded-for': address(n) } }),
    },
    {
      name: '40,000 searches, 40,000 visitors',
      total: 40_000,
      request: (n) => ({
        url: `${site}/search`,
        path: '/search',
        method: 'POST',
        headers: { 'x-forwarded-for': address(n), 'content-type': 'application/x-www-form-urlencoded', origin },
        body: `q=${encodeURIComponent(`hotline help ${n.toString(36)}`)}`,
      }),
    },
    {
      name: '10,000 partner requests',
      total: 10_000,
      request: (n) => {
        const paths = ['/feed.json', '/feed.atom', '/embed/hotline', '/es/feed.json'];
        const path = paths[n % paths.length];
        return { url: `${site}${path}`, path, headers: { 'x-forwarded-for': address(n) } };
      },
    },
    {
      name: '10,000 HSDS requests (CMS)',
      total: 10_000,
      request: (n) => {
        const path = ['/api/hsds/organizations', '/api/hsds/services?locale=es', `/api/hsds/services?page=${(n % 3) + 1}`][n % 3];
        return { url: `${cmsUrl}${path}`, path, headers: { 'x-forwarded-for': address(n) } };
      },
    },
  ];
  const outcomes = [];
  for (const spec of floods) {
    outcomes.push(await flood(spec));
    rows.push([`after ${spec.name}`, rssMb(web), rssMb(cms)]);
  }
  await new Promise((resolve) => setTimeout(resolve, 5000));
  rows.push(['5 s later', rssMb(web), rssMb(cms)]);

  console.log(`\nMemory (RSS, MB) of the web process ${web} and the CMS process ${cms}`);
  console.log(`  ${'moment'.padEnd(44)} ${'web'.padStart(7)} ${'CMS'.padStart(7)}`);
  for (const [moment, w, c] of rows) console.log(`  ${moment.padEnd(44)} ${w.toFixed(0).padStart(7)} ${c.toFixed(0).padStart(7)}`);
  for (const { name, total, non2xx, errors } of outcomes) console.log(`  ${name}: ${total} sent, ${non2xx} not 2xx (404s and 429s expected), ${errors} errors`);
  return rows;
}

// Alone: `node scripts/bench-memory.mjs` against the site of `pnpm start`.
if (import.meta.url === `file://${process.argv[1]}`) {
  await benchMemory({
    site: process.env.SITE_URL ?? `http://127.0.0.1:${process.env.WEB_PORT ?? '3000'}`,
    cmsUrl: process.env.CMS_URL ?? `http://127.0.0.1:${process.env.CMS_PORT ?? '1337'}`,
  });
}
