// The fields of a submission stored sealed (crypto/envelope.ts): everything the visitor typed about
// themselves or their organisation. The rest stays plain because the CMS filters, sorts or counts
// on it and it says nothing about the person: the choices from fixed lists (replyBy, county,
// format, handlingStatus), the audience size, the email bookkeeping and the dates. Tables and
// columns as Strapi names them (tests/submissions-encryption.test.ts checks them against its
// metadata), for the rekey script, which works on the database without Strapi.
export const SEALED_FIELDS = {
  'api::contact-message.contact-message': {
    table: 'contact_messages',
    columns: { name: 'name', email: 'email', phone: 'phone', message: 'message' },
  },
  'api::training-request.training-request': {
    table: 'training_requests',
    columns: {
      name: 'name',
      email: 'email',
      organization: 'organization',
      role: 'role',
      audience: 'audience',
      preferredDates: 'preferred_dates',
      topics: 'topics',
      message: 'message',
    },
  },
} as const;

export type SealedUid = keyof typeof SEALED_FIELDS;
export const SEALED_UIDS = Object.keys(SEALED_FIELDS) as SealedUid[];
export const sealedAttributes = (uid: SealedUid): string[] => Object.keys(SEALED_FIELDS[uid].columns);
