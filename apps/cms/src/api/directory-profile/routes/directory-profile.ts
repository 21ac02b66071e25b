import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::directory-profile.directory-profile');
