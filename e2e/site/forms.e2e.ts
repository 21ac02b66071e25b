// The three forms, as visitors use them with JavaScript on and off: sent → confirmation, stored in
// the CMS (read back through the admin's API), staff or subscriber emailed through a real SMTP
// server; every bad answer → a message, the values kept, nothing stored; bots trapped.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  adminEntries,
  fillFormsLikeAPerson,
  FORMS_MIN_FILL_SECONDS,
  HOTLINE,
  mailBody,
  mailsTo,
  NOTIFICATION_EMAIL,
  personsToken,
  SITE,
  startedToken,
  UNTIL_IT_HAPPENS,
  axe,
} from '../helpers';

/** A browser's form post: same origin, and HTML wanted (not SvelteKit's JSON answer for scripts). */
const HTML_POST = { origin: SITE, accept: 'text/html' };

// The site takes a post sent back sooner than FORMS_MIN_FILL_SECONDS for a bot's; the journeys
// below are people, and send forms that say they were opened long enough ago.
test.beforeEach(async ({ page }) => {
  await fillFormsLikeAPerson(page);
});

const unique = (label: string) => `${label}-${test.info().project.name}-${Date.now()}@example.test`;

test('the contact form is sent, stored for staff and announced to them by email, with nothing the visitor wrote', async ({ page, request }) => {
  const email = unique('contact');
  await page.goto('/contact');
  await expect(page.locator('.form-notice')).toContainText('not for emergencies');
  await expect(page.locator('.form-notice')).toContainText(HOTLINE.phone);
  await page.getByLabel('Your name').fill('Ana Example');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Phone number (optional)').fill('207 555 0100');
  await page.getByLabel('By phone').check();
  await page.getByLabel('Your message').fill('Are there trained facilitators in Aroostook County?');
  const before = (await mailsTo(request, NOTIFICATION_EMAIL)).length;
  const sent = Date.now();
  await page.getByRole('button', { name: 'Send message' }).click();

  await expect(page).toHaveURL(/\/contact\/sent$/);
  await expect(page.locator('h1')).toHaveText('Thank you, your message was sent');
  await expect(page.locator('main')).not.toContainText('Aroostook');
  const [entry] = await adminEntries(request, 'contact-message', email);
  expect(entry).toMatchObject({ name: 'Ana Example', phone: '207 555 0100', replyBy: 'phone', handlingStatus: 'new' });

  await expect.poll(async () => (await mailsTo(request, NOTIFICATION_EMAIL)).length, UNTIL_IT_HAPPENS).toBeGreaterThan(before);
  const mail = (await mailsTo(request, NOTIFICATION_EMAIL)).find((candidate) => mailBody(candidate).includes(String(entry!.documentId)))!;
  console.log(`contact form: submit → staff email in ${mail.at - sent} ms`);
  expect(mailBody(mail)).toContain(`/admin/content-manager/collection-types/api::contact-message.contact-message/${entry!.documentId}`);
  expect(mailBody(mail)).not.toContain('Aroostook');
});

test('a training request is sent with every field, stored and announced', async ({ page, request }) => {
  const email = unique('training');
  await page.goto('/request-training');
  await page.getByLabel('Your name').fill('Ben Example');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Organization').fill('Downeast Health');
  await page.getByLabel('Your role').fill('Nurse manager');
  await page.getByLabel('County').selectOption('washington');
  await page.getByLabel('Who is the training for?').fill('School nurses');
  await page.getByLabel('Number of people').fill('25');
  await page.getByLabel('Online').check();
  await page.getByLabel('Preferred dates (optional)').fill('March or April');
  await page.getByLabel('Topics (optional)').fill('Screening and referral');
  await page.getByLabel('Anything else? (optional)').fill('We have a projector.');
  const sent = Date.now();
  await page.getByRole('button', { name: 'Send request' }).click();

  await expect(page).toHaveURL(/\/request-training\/sent$/);
  await expect(page.locator('h1')).toHaveText('Thank you, your request was sent');
  const [entry] = await adminEntries(request, 'training-request', email);
  expect(entry).toMatchObject({ organization: 'Downeast Health', county: 'washington', audienceSize: 25, format: 'online', handlingStatus: 'new' });
  await expect
    .poll(async () => (await mailsTo(request, NOTIFICATION_EMAIL)).some((mail) => mailBody(mail).includes(String(entry!.documentId))), UNTIL_IT_HAPPENS)
    .toBe(true);
  const mail = (await mailsTo(request, NOTIFICATION_EMAIL)).find((candidate) => mailBody(candidate).includes(String(entry!.documentId)))!;
  console.log(`training request: submit → staff email in ${mail.at - sent} ms`);
});

const BAD_CONTACT = {
  fill: async (page: Page) => {
    await page.getByLabel('Your name').fill('x'.repeat(101));
    await page.getByLabel('Email address').fill('ana@example');
    await page.getByLabel('Phone number (optional)').fill('call me maybe');
    await page.getByLabel('Your message').fill('   ');
  },
  errors: {
    name: 'Your name must be 100 characters or fewer',
    email: 'Enter an email address in the correct format, like name@example.com',
    phone: 'Enter a phone number in the correct format, like 207 555 0100',
    replyBy: 'Select how we should reply',
    message: 'Enter your message',
  },
  kept: { name: 'x'.repeat(101), email: 'ana@example', phone: 'call me maybe' },
};

const BAD_TRAINING = {
  fill: async (page: Page) => {
    await page.getByLabel('Email address').fill('not an address');
    await page.getByLabel('Organization').fill('o'.repeat(201));
    await page.getByLabel('Who is the training for?').fill('Nurses');
    await page.getByLabel('Number of people').fill('twenty');
    await page.getByLabel('Topics (optional)').fill('t'.repeat(1001));
  },
  errors: {
    name: 'Enter your name',
    email: 'Enter an email address in the correct format, like name@example.com',
    organization: 'Organization must be 200 characters or fewer',
    role: 'Enter your role',
    county: 'Select your county',
    audienceSize: 'Number of people must be a whole number, like 20',
    format: 'Select in person or online',
    topics: 'Topics must be 1000 characters or fewer',
  },
  kept: { email: 'not an address', audience: 'Nurses', audienceSize: 'twenty' },
};

const BAD_NEWSLETTER = {
  fill: async (page: Page) => {
    await page.getByLabel('Email address').fill('reader@@example.org');
    await page.getByLabel('Your name (optional)').fill('n'.repeat(101));
  },
  errors: {
    email: 'Enter an email address in the correct format, like name@example.com',
    name: 'Your name must be 100 characters or fewer',
    consent: 'Tick the box to agree to receive the newsletter',
  },
  kept: { email: 'reader@@example.org', name: 'n'.repeat(101) },
};

for (const [path, bad] of [
  ['/contact', BAD_CONTACT],
  ['/request-training', BAD_TRAINING],
  ['/newsletter', BAD_NEWSLETTER],
] as const) {
  test(`${path}: every bad answer gets a message in the summary and at its field, values are kept, axe finds nothing`, async ({ page, javaScriptEnabled }) => {
    await page.goto(path);
    await bad.fill(page);
    const response = page.waitForResponse((answer) => answer.request().method() === 'POST');
    await page.locator('form.form button[type="submit"]').click();
    expect((await response).status()).toBe(400);

    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.locator('h2')).toHaveText('There is a problem');
    const links = summary.locator('a');
    await expect(links).toHaveText(Object.values(bad.errors));
    for (const [field, message] of Object.entries(bad.errors)) {
      await expect(summary.locator(`a[href="#field-${field}"]`)).toHaveText(message);
      await expect(page.locator(`#field-${field}-error`)).toContainText(message);
      await expect(page.locator(`#field-${field}`)).toHaveCount(1);
      const describedBy = await page
        .locator(`#field-${field}`)
        .evaluate((input) => (input.closest('fieldset') ?? input).getAttribute('aria-describedby'));
      expect(describedBy).toContain(`field-${field}-error`);
    }
    for (const [field, value] of Object.entries(bad.kept)) {
      await expect(page.locator(`#field-${field}`)).toHaveValue(value);
    }
    // axe runs as a script in the page: the same page, errors showing, is checked with JavaScript on.
    if (javaScriptEnabled) {
      const results = await axe(page).analyze();
      expect(results.violations).toEqual([]);
    }
  });
}

test('a refused submission stores nothing', async ({ page, request }) => {
  const email = unique('refused');
  await page.goto('/contact');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Your message').fill('No name given');
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.locator('.error-summary a')).toHaveText(['Enter your name', 'Select how we should reply']);
  await expect(page.locator('#field-email')).toHaveValue(email);
  expect(await adminEntries(request, 'contact-message', email)).toEqual([]);
});

test.describe('bots', () => {
  /** The contact form's start token as the site renders it for someone opening the form now. */
  const openedNow = async (request: APIRequestContext) =>
    /<input\b[^>]*\bname="started"[^>]*\bvalue="([^"]+)"/.exec(await (await request.get('/contact')).text())![1]!;

  /** A post as a script sends it, with the start token given. */
  const post = (request: APIRequestContext, started: string, fields: Record<string, string>) =>
    request.post('/contact', {
      form: { started, name: 'Bot', replyBy: 'email', message: 'Buy now', ...fields },
      headers: HTML_POST,
      maxRedirects: 0,
    });

  test('a filled trap field gets the usual confirmation, and nothing is stored', async ({ request }) => {
    const email = unique('trap');
    // As slow as a person, so only the trap can give it away.
    const response = await post(request, personsToken(), { email, website: 'https://spam.example' });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/contact/sent');
    expect(await adminEntries(request, 'contact-message', email)).toEqual([]);
    // The same post with the trap left empty is stored: the trap, not the timing, dropped the first.
    const control = unique('trap-control');
    expect((await post(request, personsToken(), { email: control, website: '' })).status()).toBe(303);
    expect(await adminEntries(request, 'contact-message', control)).toHaveLength(1);
  });

  test('a form sent back faster than a person types gets the confirmation, and nothing is stored', async ({ request }) => {
    // The form's own token sent straight back: younger than FORMS_MIN_FILL_SECONDS, which is longer
    // than any test runs, so no machine is slow enough to make it a person's.
    const email = unique('fast');
    const response = await post(request, await openedNow(request), { email });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/contact/sent');
    // A minute short of the minimum fill time is still too fast: the rule is that time, not "at once".
    const early = unique('early');
    expect((await post(request, startedToken((FORMS_MIN_FILL_SECONDS - 60) * 1000), { email: early })).status()).toBe(303);
    expect(await adminEntries(request, 'contact-message', email)).toEqual([]);
    expect(await adminEntries(request, 'contact-message', early)).toEqual([]);
    // The same post with a person's token is stored: the timing, not anything else, dropped the others.
    const control = unique('fast-control');
    expect((await post(request, personsToken(), { email: control })).status()).toBe(303);
    expect(await adminEntries(request, 'contact-message', control)).toHaveLength(1);
  });

  test('a start token stores one message: a double click or a replay gets the confirmation, and nothing more is stored', async ({ request }) => {
    const email = unique('once');
    const started = personsToken();
    const send = (address: string) =>
      request.post('/contact', {
        form: { started, name: 'Ana', email: address, replyBy: 'email', message: 'Only once, please' },
        headers: HTML_POST,
        maxRedirects: 0,
      });
    const [first, doubleClick] = await Promise.all([send(email), send(email)]);
    expect([first.status(), doubleClick.status()]).toEqual([303, 303]);
    const replay = await send(unique('replayed'));
    expect(replay.status()).toBe(303);
    expect(replay.headers().location).toBe('/contact/sent');
    expect(await adminEntries(request, 'contact-message', email)).toHaveLength(1);
  });

  test('a made-up start time is a bot', async ({ request }) => {
    const email = unique('forged');
    const response = await request.post('/contact', {
      form: { started: '1000.forged', name: 'Bot', email, replyBy: 'email', message: 'Hi' },
      headers: HTML_POST,
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(await adminEntries(request, 'contact-message', email)).toEqual([]);
  });
});

test('a post from another site is refused (SvelteKit origin check)', async ({ request }) => {
  const response = await request.post('/contact', {
    form: { name: 'x' },
    headers: { origin: 'https://evil.example' },
  });
  expect(response.status()).toBe(403);
});

test('a body over the limit is refused with 413 and the hotline', async ({ request }) => {
  const response = await request.post('/contact', {
    form: { message: 'x'.repeat(200_000) },
    headers: HTML_POST,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain(HOTLINE.phone);
});

test('a page without a form takes no posts', async ({ request }) => {
  const response = await request.post('/faq', { form: { name: 'x' }, headers: { origin: SITE } });
  expect(response.status()).toBe(405);
});

test('the form pages are linked from the FAQ, the About page and the footer', async ({ page }) => {
  await page.goto('/faq');
  await expect(page.locator('main a[href="/contact"]')).toHaveText('Contact us');
  await expect(page.locator('main a[href="/request-training"]')).toHaveText('Bring training to your work or community');
  await expect(page.locator('main a[href="/newsletter"]')).toHaveText('sign up for our e-newsletter');
  // No Donate URL is set in the seed: the Victim Fund sentence is plain text, not a dead link.
  await expect(page.locator('main a[href="/donate"]')).toHaveCount(0);
  await expect(page.locator('main')).toContainText('Donate to the Maine Sex Trafficking and Exploitation Network Victim Fund.');
  await page.goto('/about');
  await expect(page.locator('main a[href="/newsletter"]')).toHaveCount(1);
  const footer = page.locator('footer nav[aria-label="Take part"] a');
  await expect(footer).toHaveText(['Contact us', 'Request training', 'Newsletter', 'For partners']);
});
