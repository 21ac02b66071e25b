// The upload proxy: files uploaded to the CMS, streamed through the site's own origin.
import { cmsUrl } from '../cms-url';

/** An uploaded file from the CMS, streamed through the site; null when the CMS has no such file. */
export async function fetchUpload(path: string): Promise<Response | null> {
  const response = await fetch(new URL(`/uploads/${path}`, cmsUrl()), { signal: AbortSignal.timeout(15_000) }).catch(
    () => null,
  );
  if (!response || !response.ok || !response.body) return null;
  const headers = new Headers({
    'cache-control': 'public, max-age=86400',
    // Served from the site's origin: run nothing, sniff nothing, download anything but a picture.
    'content-security-policy': "default-src 'none'; sandbox",
    'x-content-type-options': 'nosniff',
  });
  // What shows inline and what downloads is the CMS's upload policy (its Content-Disposition), kept
  // in one place: apps/cms/src/uploads/policy.ts.
  for (const name of ['content-type', 'content-length', 'last-modified', 'etag', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { headers });
}
