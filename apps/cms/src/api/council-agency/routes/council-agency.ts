import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::council-agency.council-agency');
