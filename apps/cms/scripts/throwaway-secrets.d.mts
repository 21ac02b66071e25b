/** Sets every unset Strapi secret in `env` (in place) to a random value; returns `env`. */
export declare function fillThrowawaySecrets<T extends Record<string, string | undefined>>(env: T): T;
