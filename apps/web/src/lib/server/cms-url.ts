import { settings } from './settings.js';

/** Where this server reaches the CMS (CMS_URL, or the local default port). */
export const cmsUrl = (): string => settings.CMS_URL ?? `http://127.0.0.1:${settings.CMS_PORT}`;

/** Where editors open the CMS admin in their browser: CMS_PUBLIC_URL when the CMS sits behind a proxy. */
export const cmsPublicOrigin = (): string => new URL(settings.CMS_PUBLIC_URL ?? cmsUrl()).origin;
