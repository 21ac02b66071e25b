// What a visitor is told when the CMS cannot take their message: kept in the outbox → the usual
// confirmation; the outbox full or closed → 503 with the form and its values kept; a refusal the
// CMS means (4xx) is never queued.
import { isRedirect } from '@sveltejs/kit';
import type { RequestEvent } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const content = vi.hoisted(() => ({ storeSubmission: vi.fn(), queueSubmission: vi.fn(), released: [] as string[] }));

vi.mock('./same-origin', () => ({ refuseCrossSite: () => {} }));
vi.mock('./form-rate-limit', () => ({ limitFormPosts: async () => {} }));
vi.mock('./page-load', () => ({ getViewOr503: async () => ({}) }));
vi.mock('./form-timing', () => ({
  checkStarted: () => 'ok',
  claimStarted: async () => true,
  releaseStarted: async (token: string) => void content.released.push(token),
  submissionKeyOf: (token: string) => `key-of-${token}`,
}));
vi.mock('./content', async () => {
  const { SubmissionError } = await import('./content/submissions');
  return {
    contentOptions: () => ({ locale: 'en' }),
    formSectionOf: () => ({ form: 'contact' }),
    storeSubmission: content.storeSubmission,
    queueSubmission: content.queueSubmission,
    SubmissionError,
  };
});

const { submitForm } = await import('./forms');
const { SubmissionError } = await import('./content/submissions');

const fields = { started: 'token-1', name: 'Ana', email: 'ana@example.test', replyBy: 'email', message: 'A message' };
const event = () =>
  ({
    request: new Request('http://127.0.0.1/contact', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    }),
    locals: { locale: 'en' },
  }) as unknown as RequestEvent;

/** The redirect's location, or the failure's status. */
async function outcome(): Promise<string | number> {
  try {
    const result = (await submitForm(event(), 'contact')) as { status: number };
    return result.status;
  } catch (thrown) {
    if (isRedirect(thrown)) return thrown.location;
    throw thrown;
  }
}

beforeEach(() => {
  content.storeSubmission.mockReset();
  content.queueSubmission.mockReset();
  content.released.length = 0;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('a form the CMS cannot take', () => {
  it('is kept in the outbox with its key, and the visitor sees the confirmation', async () => {
    content.storeSubmission.mockRejectedValue(new SubmissionError('CMS unreachable', true));
    content.queueSubmission.mockResolvedValue('queued');
    expect(await outcome()).toBe('/contact/sent');
    expect(content.queueSubmission).toHaveBeenCalledWith({ form: 'contact', data: expect.objectContaining({ message: 'A message' }), key: 'key-of-token-1' });
    expect(content.released).toEqual([]);
  });

  it('answers 503 with the form when the outbox is full, and frees the token for a second try', async () => {
    content.storeSubmission.mockRejectedValue(new SubmissionError('The CMS answered 503', true));
    content.queueSubmission.mockResolvedValue('full');
    expect(await outcome()).toBe(503);
    expect(content.released).toEqual(['token-1']);
  });

  it('is never queued when the CMS refused it for good', async () => {
    content.storeSubmission.mockRejectedValue(new SubmissionError('The CMS answered 400', false));
    expect(await outcome()).toBe(503);
    expect(content.queueSubmission).not.toHaveBeenCalled();
  });
});
