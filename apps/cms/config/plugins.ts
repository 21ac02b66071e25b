import type { Core } from '@strapi/strapi';
import { required } from '../src/utils/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: required(env, 'JWT_SECRET'),
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // Strapi's GraphQL limits are unbounded by default; these keep one query cheap.
      defaultLimit: 25,
      maxLimit: 100,
      depthLimit: 10,
      // The sandbox page is for development; production serves the API only (GRAPHQL_PLAYGROUND).
      landingPage: env.bool('GRAPHQL_PLAYGROUND', env('NODE_ENV', 'development') !== 'production'),
      apolloServer: {
        // Third parties generate typed clients from the schema, so introspection stays on in
        // production too (GRAPHQL_INTROSPECTION=false turns it off); the SDL is public anyway.
        introspection: env.bool('GRAPHQL_INTROSPECTION', true),
        // Stack traces name server paths: never send them to anonymous clients.
        includeStacktraceInErrorResponses: false,
      },
    },
  },
});
