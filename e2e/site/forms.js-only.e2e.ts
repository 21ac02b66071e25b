// Form pages ship almost no JavaScript: only the quick-exit script, well under 3 KB compressed.
import { expect, test } from '@playwright/test';

for (const path of ['/contact', '/request-training', '/newsletter']) {
  test(`${path} loads under 3 KB of compressed JavaScript`, async ({ page, request }) => {
    const scripts: string[] = [];
    page.on('request', (sent) => {
      if (sent.resourceType() === 'script') scripts.push(sent.url());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').count();
    expect(inline).toBe(0);
    let bytes = 0;
    for (const url of scripts) {
      const response = await request.get(url, { headers: { 'accept-encoding': 'br' } });
      bytes += Number(response.headers()['content-length']);
    }
    console.log(`${path}: ${scripts.length} script(s), ${bytes} bytes compressed`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(3 * 1024);
  });
}
