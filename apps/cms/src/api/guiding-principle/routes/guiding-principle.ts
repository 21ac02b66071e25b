import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::guiding-principle.guiding-principle');
