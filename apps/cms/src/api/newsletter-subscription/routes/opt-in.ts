// Double opt-in and unsubscribe. No API token: the random token in the request is the credential
// (it was mailed to the address's owner), and mail clients' one-click unsubscribe has no token.
export default {
  routes: [
    {
      method: 'POST',
      path: '/newsletter-subscriptions/confirm',
      handler: 'api::newsletter-subscription.newsletter-subscription.confirm',
      config: { auth: false },
    },
    {
      method: 'POST',
      path: '/newsletter-subscriptions/unsubscribe',
      handler: 'api::newsletter-subscription.newsletter-subscription.unsubscribe',
      config: { auth: false },
    },
  ],
};
