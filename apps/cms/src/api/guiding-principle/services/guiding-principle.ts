import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::guiding-principle.guiding-principle');
