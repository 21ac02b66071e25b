import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::guiding-principle.guiding-principle');
