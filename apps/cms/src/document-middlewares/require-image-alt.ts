// Images placed in rich text (pages, FAQ answers…) must describe themselves to screen-reader
// users. The rich-text editor copies an image's "Alternative text" from the media library when the
// image is inserted; a write that carries an image without one is refused with a message saying
// how to fix it, whatever the route (admin, API, code) and whatever the status.
import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface ImageNode {
  type: 'image';
  image?: { name?: unknown; alternativeText?: unknown };
}

const isImageNode = (value: unknown): value is ImageNode =>
  typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'image';

/** Names of the images without alternative text anywhere in a document's data. */
export function imagesWithoutAlt(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(imagesWithoutAlt);
  if (typeof data !== 'object' || data === null) return [];
  if (isImageNode(data)) {
    const alt = data.image?.alternativeText;
    return typeof alt === 'string' && alt.trim() !== '' ? [] : [String(data.image?.name ?? 'an image')];
  }
  return Object.values(data).flatMap(imagesWithoutAlt);
}

export const requireImageAlt = (): Modules.Documents.Middleware.Middleware => async (context, next) => {
  if (context.uid.startsWith('api::') && (context.action === 'create' || context.action === 'update')) {
    const missing = imagesWithoutAlt((context.params as { data?: unknown }).data);
    if (missing.length > 0) {
      throw new errors.ValidationError(
        `Every image needs alternative text (a short description for people who cannot see it). Missing for: ${missing.join(', ')}. ` +
          'Add it in the Media Library (the image’s "Alternative text"), then insert the image again.',
      );
    }
  }
  return next();
};
