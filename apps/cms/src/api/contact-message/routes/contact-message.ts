import { factories } from '@strapi/strapi';

// Only `create`, and only the website's form token is granted it (src/bootstrap/submissions.ts).
export default factories.createCoreRouter('api::contact-message.contact-message', { only: ['create'] });
