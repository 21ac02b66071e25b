import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::council-agency.council-agency');
