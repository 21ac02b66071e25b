// With UPLOAD_S3_BUCKET, media go to the bucket (a real S3-compatible server, s3rver), not to the
// local folder; they keep their /uploads/<name> address and are served by the CMS from the bucket
// with the same safety headers and the same allow-list. (A second CMS process serving them, and
// the site's /uploads: the cluster scenario, tests/cluster.test.ts at the root.)
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server } from '@maine-sten/test-harness/s3-server';
import { appDir, createApiToken, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { PDF, PNG, SVG, uploadFile } from './upload-files';

const s3 = await startS3Server();
Object.assign(process.env, s3.env);

const suiteCms = useSuiteCms();
let cms: BootedCms;
let token: string;
const localFolder = path.join(appDir, 'public/uploads');

beforeAll(async () => {
  cms = suiteCms();
  token = await createApiToken(cms, 'Uploader', 'full-access');
});

afterAll(async () => {
  for (const key of Object.keys(s3.env)) delete process.env[key];
  await s3.stop();
});

const upload = async (name: string, type: string, content: Buffer) => {
  const { status, body } = await uploadFile(cms, token, name, type, content);
  return { status, body: body as [{ url: string }] };
};

const bucketKeys = async () => {
  const client = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
  return (listed.Contents ?? []).map((object) => object.Key!);
};

describe('uploads in an S3 bucket', () => {
  it('stores a PDF in the bucket, not the local folder, and serves it at /uploads as a download', async () => {
    const result = await upload('guide.pdf', 'application/pdf', PDF);
    expect(result.status).toBe(201);
    const [file] = result.body;
    expect(file.url).toMatch(/^\/uploads\/guide_\w+\.pdf$/);
    expect(await bucketKeys()).toContain(file.url.slice('/uploads/'.length));
    // By name, not by count: the other suites upload to the local folder at the same time.
    expect(existsSync(localFolder) ? readdirSync(localFolder) : []).not.toContain(path.basename(file.url));

    const served = await fetch(`${cms.url}${file.url}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(PDF)).toBe(true);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-disposition')).toBe('attachment');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');

    const etag = served.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await fetch(`${cms.url}${file.url}`, { headers: { 'if-none-match': etag! } })).status).toBe(304);
    const head = await fetch(`${cms.url}${file.url}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(PDF.length));
  });

  it('serves a picture inline from the bucket', async () => {
    const result = await upload('poster.png', 'image/png', PNG);
    expect(result.status).toBe(201);
    const served = await fetch(`${cms.url}${result.body[0].url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('content-disposition')).toBeNull();
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  it('answers any If-None-Match a visitor sends with the file or a 304, never a 500', async () => {
    const result = await upload('notes.pdf', 'application/pdf', PDF);
    const url = `${cms.url}${result.body[0].url}`;
    const etag = (await fetch(url)).headers.get('etag')!;
    const hostile = ['x', '"', '""', 'W/', 'W/"x', '"a", "b"', 'é', '\u00ff\u00fe', ' , ,', 'a'.repeat(8000), '*, "x"', '"x"\t"y"'];
    for (const method of ['GET', 'HEAD']) {
      for (const value of hostile) {
        const response = await fetch(url, { method, headers: { 'if-none-match': value } });
        expect(response.status, `${method} ${JSON.stringify(value.slice(0, 20))}`).toBe(200);
      }
      for (const value of ['not a date', '', '\u00e9']) {
        expect((await fetch(url, { method, headers: { 'if-modified-since': value } })).status, `${method} ${value}`).toBe(200);
      }
      // What browsers and caches send still gets its 304: the file's tag, alone or in a list, or weak.
      for (const value of [etag, `"other", ${etag}`, `W/${etag}`, '*']) {
        expect((await fetch(url, { method, headers: { 'if-none-match': value } })).status, `${method} ${value}`).toBe(304);
      }
    }
  });

  it('answers 404 for a name the bucket does not hold, and for a path outside it', async () => {
    expect((await fetch(`${cms.url}/uploads/missing_0123.pdf`)).status).toBe(404);
    expect((await fetch(`${cms.url}/uploads/..%2Fsecret`)).status).toBe(404);
    expect((await fetch(`${cms.url}/uploads/a/b.pdf`)).status).toBe(404);
  });

  it('keeps the allow-list: HTML and SVG are refused and never reach the bucket', async () => {
    const before = await bucketKeys();
    for (const [name, type] of [['page.html', 'text/html'], ['drawing.svg', 'image/svg+xml']] as const) {
      const result = await upload(name, type, SVG);
      expect(result.status).toBeGreaterThanOrEqual(400);
      expect(result.status).toBeLessThan(500);
    }
    expect(await bucketKeys()).toEqual(before);
  });
});
