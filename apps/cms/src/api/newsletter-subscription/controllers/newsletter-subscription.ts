import { factories } from '@strapi/strapi';
import { newsletterController } from '../../../submissions/controllers';

export default factories.createCoreController('api::newsletter-subscription.newsletter-subscription', newsletterController);
