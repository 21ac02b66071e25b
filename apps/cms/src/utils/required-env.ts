import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/** A secret with no safe default: fail at start with a clear message instead of running insecurely. */
export const required = (env: Env, name: string): string => {
  const value = env(name);
  if (!value) {
    throw new Error(`${name} is not set. Run \`pnpm start\` once to generate apps/cms/.env, or set it in the environment.`);
  }
  return value;
};
