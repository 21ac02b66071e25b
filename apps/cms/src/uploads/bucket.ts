// With UPLOAD_S3_BUCKET, media go to an S3 bucket (Strapi's own aws-s3 provider) that every CMS
// process shares, instead of this machine's public/uploads. A file's address stays
// /uploads/<name>, served by whichever CMS process is asked (middlewares/uploads-from-bucket.ts)
// with the same safety headers as before: the bucket stays private, and public pages never load
// anything from another origin.
import type { S3ClientConfig } from '@aws-sdk/client-s3';
import type { CmsSettings } from '../settings';

export const UPLOADS_PREFIX = '/uploads';

export interface Bucket {
  name: string;
  client: S3ClientConfig;
}

/** The bucket and how to reach it, or null without UPLOAD_S3_BUCKET (the local folder). */
export function uploadBucket(settings: CmsSettings): Bucket | null {
  if (!settings.UPLOAD_S3_BUCKET) return null;
  const credentials =
    settings.UPLOAD_S3_ACCESS_KEY_ID && settings.UPLOAD_S3_SECRET_ACCESS_KEY
      ? { accessKeyId: settings.UPLOAD_S3_ACCESS_KEY_ID, secretAccessKey: settings.UPLOAD_S3_SECRET_ACCESS_KEY }
      : undefined; // the SDK's own chain: instance role, AWS_* variables
  return {
    name: settings.UPLOAD_S3_BUCKET,
    client: {
      region: settings.UPLOAD_S3_REGION,
      forcePathStyle: settings.UPLOAD_S3_FORCE_PATH_STYLE,
      ...(settings.UPLOAD_S3_ENDPOINT ? { endpoint: settings.UPLOAD_S3_ENDPOINT } : {}),
      ...(credentials ? { credentials } : {}),
    },
  };
}

/** The upload plugin's provider settings for the bucket. */
export function bucketProvider(bucket: Bucket) {
  return {
    provider: 'aws-s3',
    providerOptions: {
      // Addresses on this CMS, not the bucket's: /uploads/<hash><ext>, as with the local folder.
      baseUrl: UPLOADS_PREFIX,
      s3Options: {
        ...bucket.client,
        // No ACL: the objects stay as private as the bucket (the provider would make them public-read).
        params: { Bucket: bucket.name, ACL: undefined },
      },
    },
  };
}
