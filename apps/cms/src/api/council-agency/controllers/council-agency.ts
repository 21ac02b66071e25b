import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::council-agency.council-agency');
