import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::directory-profile.directory-profile');
