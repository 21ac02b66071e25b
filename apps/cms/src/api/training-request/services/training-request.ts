import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::training-request.training-request');
