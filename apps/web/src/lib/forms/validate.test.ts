import { describe, expect, it } from 'vitest';
import { validate } from './validate';

const CONTACT = { name: 'Ana', email: 'ana@example.org', phone: '', replyBy: 'email', message: 'Hello' };
const TRAINING = {
  name: 'Ben',
  email: 'ben@example.org',
  organization: 'Clinic',
  role: 'Nurse',
  county: 'york',
  audience: 'Nurses',
  audienceSize: '20',
  format: 'online',
  preferredDates: '',
  topics: '',
  message: '',
};

describe('validate', () => {
  it('passes good answers on, trimmed, with empty optional fields left out', () => {
    expect(validate('contact', { ...CONTACT, name: '  Ana  ' })).toEqual({
      ok: true,
      data: { name: 'Ana', email: 'ana@example.org', phone: undefined, replyBy: 'email', message: 'Hello' },
    });
    const training = validate('trainingRequest', TRAINING);
    expect(training.ok && training.data.audienceSize).toBe(20);
    expect(validate('newsletter', { email: 'c@example.org', name: '', consent: 'yes' })).toMatchObject({ ok: true, data: { consent: true } });
  });

  it.each([
    ['contact', { ...CONTACT, name: '' }, { name: 'Enter your name' }],
    ['contact', { ...CONTACT, name: 'x'.repeat(101) }, { name: 'Your name must be 100 characters or fewer' }],
    ['contact', { ...CONTACT, email: 'ana@' }, { email: 'Enter an email address in the correct format, like name@example.com' }],
    ['contact', { ...CONTACT, phone: 'call me' }, { phone: 'Enter a phone number in the correct format, like 207 555 0100' }],
    ['contact', { ...CONTACT, replyBy: 'phone' }, { phone: 'Enter a phone number so that we can call you back' }],
    ['contact', { ...CONTACT, replyBy: 'pigeon' }, { replyBy: 'Select how we should reply' }],
    ['contact', { ...CONTACT, message: '   ' }, { message: 'Enter your message' }],
    ['contact', { ...CONTACT, message: 'x'.repeat(5001) }, { message: 'Your message must be 5000 characters or fewer' }],
    ['trainingRequest', { ...TRAINING, county: '' }, { county: 'Select your county' }],
    ['trainingRequest', { ...TRAINING, county: 'middlesex' }, { county: 'Select your county' }],
    ['trainingRequest', { ...TRAINING, audienceSize: 'twenty' }, { audienceSize: 'Number of people must be a whole number, like 20' }],
    ['trainingRequest', { ...TRAINING, audienceSize: '0' }, { audienceSize: 'Number of people must be between 1 and 10,000' }],
    ['trainingRequest', { ...TRAINING, audienceSize: '10001' }, { audienceSize: 'Number of people must be between 1 and 10,000' }],
    ['trainingRequest', { ...TRAINING, format: '' }, { format: 'Select in person or online' }],
    ['trainingRequest', { ...TRAINING, topics: 'x'.repeat(1001) }, { topics: 'Topics must be 1000 characters or fewer' }],
    ['newsletter', { email: '', name: '', consent: '' }, { email: 'Enter your email address', consent: 'Tick the box to agree to receive the newsletter' }],
  ] as const)('%s: %j → %j', (form, values, errors) => {
    expect(validate(form, values)).toEqual({ ok: false, values, errors });
  });
});
