// With an upload bucket (src/uploads/bucket.ts), GET and HEAD /uploads/<name> are answered from
// it, by any CMS process: the body streamed, its type, length, ETag and Last-Modified, 304 for a
// matching If-None-Match (weighed here, never passed on to the bucket: ../uploads/if-none-match.ts),
// 404 for a name the bucket does not hold. upload-headers.ts (before this one) adds the safety
// headers. Without a bucket this does nothing (strapi::public serves the folder).
import { GetObjectCommand, HeadObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { Context, Next } from 'koa';
import type { Readable } from 'node:stream';
import { cmsSettings } from '../settings';
import { UPLOADS_PREFIX, uploadBucket } from '../uploads/bucket';
import { namesCurrentVersion } from '../uploads/if-none-match';

/** A name the provider writes: one path segment, no traversal. */
const KEY = /^[\w.-]+$/;

const uploadsFromBucket = () => {
  const bucket = uploadBucket(cmsSettings());
  if (!bucket) return (_ctx: Context, next: Next) => next();
  const s3 = new S3Client(bucket.client);
  return async (ctx: Context, next: Next) => {
    if (!ctx.path.startsWith(`${UPLOADS_PREFIX}/`) || !['GET', 'HEAD'].includes(ctx.method)) return next();
    const key = ctx.path.slice(UPLOADS_PREFIX.length + 1);
    if (!KEY.test(key) || key.startsWith('.')) {
      ctx.status = 404;
      return;
    }
    try {
      const input = { Bucket: bucket.name, Key: key };
      const object = ctx.method === 'HEAD' ? await s3.send(new HeadObjectCommand(input)) : await s3.send(new GetObjectCommand(input));
      if (object.ContentType) ctx.type = object.ContentType;
      if (object.ETag) ctx.set('ETag', object.ETag);
      if (object.LastModified) ctx.set('Last-Modified', object.LastModified.toUTCString());
      ctx.set('Cache-Control', 'max-age=60'); // as strapi::public serves the folder
      ctx.status = 200;
      if (namesCurrentVersion(ctx.get('if-none-match') || undefined, object.ETag)) {
        ctx.status = 304;
        if ('Body' in object) (object.Body as Readable | undefined)?.destroy(); // not sent: stop reading it from S3
        return;
      }
      if (object.ContentLength !== undefined) ctx.length = object.ContentLength;
      if ('Body' in object && object.Body) ctx.body = object.Body as Readable;
    } catch (error) {
      const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
      if (status === 404 || (error as { name?: string }).name === 'NoSuchKey' || (error as { name?: string }).name === 'NotFound') {
        ctx.status = 404;
      } else {
        throw error;
      }
    }
  };
};

export default uploadsFromBucket;
