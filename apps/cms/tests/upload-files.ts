// Files the upload suites send to the media library, and how: the REST upload route with an API token.
import type { BootedCms } from '@maine-sten/test-harness/cms';

export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGP4z8Dw//9/AAv7A/3dF29HAAAAAElFTkSuQmCC',
  'base64',
);
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
export const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
export const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

export async function uploadFile(cms: BootedCms, token: string, name: string, type: string, content: Buffer) {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(content)], { type }), name);
  form.append('fileInfo', JSON.stringify({ alternativeText: 'A test file' }));
  const response = await fetch(`${cms.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = (await response.json()) as [{ url: string }] | { error: { message: string } };
  return { status: response.status, body };
}
