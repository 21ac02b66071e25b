/** The roles whose members may approve or reject a hotline change, and are told of each one. */
export const DECIDERS = ['strapi-editor', 'strapi-super-admin'];
