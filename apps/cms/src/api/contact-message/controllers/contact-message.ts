import { factories } from '@strapi/strapi';
import { staffNotifiedController } from '../../../submissions/controllers';

export default factories.createCoreController(
  'api::contact-message.contact-message',
  staffNotifiedController('api::contact-message.contact-message'),
);
