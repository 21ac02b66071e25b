// The media library takes pictures, PDFs and office documents only: an HTML or SVG file (which
// would run as the site, since uploads are served from its origin) is refused. Every upload is
// served with a CSP that runs nothing, nosniff, and as a download unless it is a picture.
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { HTML, PDF, PNG, SVG, uploadFile } from './upload-files';

const suiteCms = useSuiteCms();
let cms: BootedCms;
let token: string;

beforeAll(async () => {
  cms = suiteCms();
  token = await createApiToken(cms, 'Uploader', 'full-access');
});

const upload = (name: string, type: string, content: Buffer) => uploadFile(cms, token, name, type, content);

describe('uploads', () => {
  it.each([
    ['page.html', 'text/html', HTML],
    ['page.htm', 'text/html', HTML],
    ['drawing.svg', 'image/svg+xml', SVG],
    ['drawing.svg', 'application/octet-stream', SVG],
    ['page.xhtml', 'application/xhtml+xml', HTML],
  ])('refuses %s (%s)', async (name, type, content) => {
    const result = await upload(name, type, content);
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
  });

  it('serves markup disguised as a picture as that picture type, inert', async () => {
    // Text has no signature to detect, so the name decides; the headers keep it from running.
    const result = await upload('disguised.png', 'image/png', HTML);
    expect(result.status).toBe(201);
    const [file] = result.body as [{ url: string }];
    const served = await fetch(`${cms.url}${file.url}`);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  it('serves a picture inline, with a CSP that runs nothing and nosniff', async () => {
    const result = await upload('poster.png', 'image/png', PNG);
    expect(result.status).toBe(201);
    const [file] = result.body as [{ url: string }];
    const served = await fetch(`${cms.url}${file.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toBeNull();
  });

  it('serves a PDF as a download', async () => {
    const result = await upload('guide.pdf', 'application/pdf', PDF);
    expect(result.status).toBe(201);
    const [file] = result.body as [{ url: string }];
    const served = await fetch(`${cms.url}${file.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-disposition')).toBe('attachment');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });
});
