import { describe, expect, it, vi } from 'vitest';
import { carriesPreviewCookie, previewCookieFor } from './preview-cookie.js';

const secret = 'preview-secret-for-tests';
const good = previewCookieFor(secret);

describe('whether a request carries a preview cookie (server.js: only then does it skip the output cache)', () => {
  it('is yes for the cookie the site sets, among others or quoted', () => {
    for (const header of [`sten_preview=${good}`, `a=1; sten_preview=${good}; b=2`, `sten_preview="${good}"`, `sten_preview=x; sten_preview=${good}`]) {
      expect(carriesPreviewCookie(header, secret), header).toBe(true);
    }
  });

  it('is no for a forged or empty value, another name, or no PREVIEW_SECRET', () => {
    const forged = ['sten_preview=', 'sten_preview=x', `sten_preview=${'é'.repeat(43)}`, `sten_preview=${good}x`, `sten_preview=${previewCookieFor('other')}`, `xsten_preview=${good}`, `sten_preview_x=${good}`, 'sten_preview', '=', ';;;'];
    for (const header of forged) expect(carriesPreviewCookie(header, secret), header).toBe(false);
    expect(carriesPreviewCookie(undefined, secret)).toBe(false);
    expect(carriesPreviewCookie(`sten_preview=${good}`, undefined)).toBe(false);
    expect(carriesPreviewCookie(`sten_preview=${good}`, '')).toBe(false);
  });

  it('is the value the site sets (preview.ts makes it with the same function)', async () => {
    vi.stubEnv('PREVIEW_SECRET', secret); // before preview.ts reads the settings
    const { previewCookieValue } = await import('./preview');
    expect(carriesPreviewCookie(`sten_preview=${previewCookieValue()}`, secret)).toBe(true);
    vi.unstubAllEnvs();
  });
});
