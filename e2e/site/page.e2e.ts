// CMS pages: FAQ anchors and structured data, the resources filter (a plain GET form), embeds.
import { expect, test } from '@playwright/test';
import { HOTLINE, WRONG_HOTLINE } from '../helpers';

test('every FAQ has a heading and an anchor that the question list links to', async ({ page }) => {
  await page.goto('/faq');
  const questions = page.locator('article.faq');
  await expect(questions).toHaveCount(9);
  const links = page.locator('.faq-list__toc a');
  await expect(links).toHaveCount(9);
  for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))) {
    const id = href!.slice(1);
    await expect(page.locator(`article.faq[id="${id}"] h2`)).toHaveCount(1);
  }
});

for (const width of [1280, 320]) {
  test(`a direct link to a question lands on it, below the sticky exit bar (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/faq#how-can-i-help');
    const target = page.locator('#how-can-i-help');
    await expect(target).toBeInViewport();
    await expect(target.locator('h2')).toHaveText('How can I help?');
    await expect(target.locator('li')).toHaveCount(12);
    const bar = (await page.locator('.quick-exit').boundingBox())!;
    const heading = (await target.locator('h2').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  });
}

test('the hotline answer shows the number from site settings', async ({ page }) => {
  await page.goto('/faq');
  const answer = page.locator('#if-i-suspect-human-trafficking-what-should-i-do');
  await expect(answer).toContainText(`Call the National Human Trafficking Hotline, ${HOTLINE.phone}.`);
  expect(await page.content()).not.toContain(WRONG_HOTLINE);
});

test('the FAQ page carries FAQPage structured data for all nine questions', async ({ page }) => {
  await page.goto('/faq');
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(json!) as { '@type': string; mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
  expect(data['@type']).toBe('FAQPage');
  expect(data.mainEntity).toHaveLength(9);
  expect(data.mainEntity[8]?.acceptedAnswer.text).toContain(HOTLINE.phone);
});

test('resources are grouped by category and filtered with a plain form', async ({ page }) => {
  await page.goto('/resources');
  await expect(page.locator('.resources__group')).toHaveCount(10);
  await page.locator('#resource-category').selectOption('training');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\/resources\?category=training#resources-list$/);
  await expect(page.locator('.resources__group')).toHaveCount(1);
  await expect(page.locator('.resource__title')).toHaveText(['Training and technical assistance', 'My Life My Choice curriculum']);
});

test('an unknown resource category is a clear 400', async ({ page }) => {
  const response = await page.goto('/resources?category=nonsense');
  expect(response?.status()).toBe(400);
  await expect(page.locator('h1')).toHaveText('We could not understand that request');
});

test('the Provider Council page lists the 19 agencies', async ({ page }) => {
  await page.goto('/provider-council');
  await expect(page.locator('.directory__item')).toHaveCount(19);
  await expect(page.locator('.directory__item').first()).toContainText(
    'Aroostook Mental Health Center (AMHC) Sexual Assault Services',
  );
});

test('the guiding principles show in their groups, with the citation once', async ({ page }) => {
  await page.goto('/philosophy');
  const groups = page.locator('.principles');
  await expect(groups).toHaveCount(3);
  await expect(groups.nth(0).locator('li')).toHaveCount(4);
  await expect(groups.nth(1).locator('li')).toHaveCount(2);
  await expect(groups.nth(2).locator('li')).toHaveCount(4);
  await expect(page.getByText('Adapted from the Wisconsin Human Trafficking Protocol and Resource Manual, 2012.')).toHaveCount(1);
  await page.locator('.principles sup a').click();
  await expect(page).toHaveURL(/#citation-1$/);
});

test('/home is served at /', async ({ page }) => {
  await page.goto('/home');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('h1')).toHaveText('Maine Sex Trafficking and Exploitation Network');
});
