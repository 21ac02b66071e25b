import { factories } from '@strapi/strapi';

// Only `create`, and only the website's form token is granted it (src/bootstrap/submissions.ts).
export default factories.createCoreRouter('api::training-request.training-request', { only: ['create'] });
