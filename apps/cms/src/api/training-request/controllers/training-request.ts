import { factories } from '@strapi/strapi';
import { staffNotifiedController } from '../../../submissions/controllers';

export default factories.createCoreController(
  'api::training-request.training-request',
  staffNotifiedController('api::training-request.training-request'),
);
