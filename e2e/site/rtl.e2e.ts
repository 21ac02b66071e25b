// Ready for a right-to-left language: the layout uses logical CSS properties and <html dir> comes
// from the locale. No locale is right-to-left yet, so the page's own HTML is served with
// dir="rtl" (as an Arabic version would be) and its layout checked: everything within the
// viewport, nothing on top of anything else, the start of the lines on the right.
import { expect, test, type Page } from '@playwright/test';

const servedRightToLeft = (page: Page) =>
  page.route(/\/(es|fr)(\/|$)/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<html lang="es" dir="ltr">', '<html lang="es" dir="rtl">');
    await route.fulfill({ response, body: html });
  });

interface Box {
  what: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The visible text and controls of the page, and whether each contains another. */
const layoutOf = (page: Page) =>
  page.evaluate(() => {
    const selector = 'a, button, input, select, textarea, label, h1, h2, h3, li, p, .hotline-banner__label';
    const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => {
      if (element.closest('.skip-links, .visually-hidden')) return false; // off screen until focused, by design
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
    });
    const boxes = visible.map((element) => {
      const box = element.getBoundingClientRect();
      const what = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
      return { what, left: box.left, right: box.right, top: box.top + window.scrollY, bottom: box.bottom + window.scrollY };
    });
    const nested = visible.map((a) => visible.map((b) => a.contains(b) || b.contains(a)));
    return { boxes, nested, width: document.documentElement.clientWidth, scrollWidth: document.documentElement.scrollWidth };
  });

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

for (const width of [1280, 320]) {
  test(`a right-to-left page keeps everything in view and apart at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await servedRightToLeft(page);
    for (const path of ['/es/get-help', '/es/contact']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      const { boxes, nested, width: viewport, scrollWidth } = await layoutOf(page);
      expect(scrollWidth, `${path}: horizontal scrolling`).toBeLessThanOrEqual(viewport);
      for (const box of boxes) {
        expect(box.left, `${path}: ${box.what} leaves the viewport`).toBeGreaterThanOrEqual(-1);
        expect(box.right, `${path}: ${box.what} leaves the viewport`).toBeLessThanOrEqual(viewport + 1);
      }
      const overlapping = boxes.flatMap((a, i) =>
        boxes.slice(i + 1).flatMap((b, j) => (!nested[i]![i + 1 + j] && overlap(a, b) ? [`${a.what} / ${b.what}`] : [])),
      );
      expect(overlapping, path).toEqual([]);

      // Lines start on the right: the title's text sits against the right edge of the content.
      const gaps = await page.evaluate(() => {
        const h1 = document.querySelector('h1')!;
        const range = document.createRange();
        range.selectNodeContents(h1);
        const text = range.getBoundingClientRect();
        const box = h1.getBoundingClientRect();
        return { start: box.right - text.right, end: text.left - box.left };
      });
      expect(gaps.start, path).toBeLessThan(2);
      expect(gaps.end, path).toBeGreaterThan(gaps.start);
    }
  });
}
