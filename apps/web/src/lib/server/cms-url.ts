import { env } from '$env/dynamic/private';

/** Where this server reaches the CMS (CMS_URL, or the local default port). */
export const cmsUrl = (): string => env.CMS_URL || `http://127.0.0.1:${env.CMS_PORT || '1337'}`;

/** Where editors open the CMS admin in their browser: CMS_PUBLIC_URL when the CMS sits behind a proxy. */
export const cmsPublicOrigin = (): string => new URL(env.CMS_PUBLIC_URL || cmsUrl()).origin;
