// The upload bucket's objects to and from a folder, for `pnpm backup` / `pnpm restore`: the same
// layout as the local uploads folder (one file per object, named by its key), so a backup of
// either kind restores into either kind.
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Every object of the bucket into `folder`; returns how many. */
export async function downloadBucket(bucket, folder) {
  const s3 = new S3Client(bucket.client);
  mkdirSync(folder, { recursive: true });
  let count = 0;
  let token;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket.name, ContinuationToken: token }));
    for (const { Key } of page.Contents ?? []) {
      if (!Key || Key.includes('/') || Key.startsWith('.')) continue; // the provider writes flat names only
      const object = await s3.send(new GetObjectCommand({ Bucket: bucket.name, Key }));
      await pipeline(object.Body, createWriteStream(path.join(folder, Key)));
      count += 1;
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  s3.destroy();
  return count;
}

/** The types src/uploads/policy.ts accepts, by extension (a folder keeps no types). */
const TYPES = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.xls': 'application/vnd.ms-excel',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.odp': 'application/vnd.oasis.opendocument.presentation',
};

/** Every file of `folder` into the bucket (replacing objects of the same name); returns how many. */
export async function uploadBucket(bucket, folder) {
  const s3 = new S3Client(bucket.client);
  let count = 0;
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (!statSync(file).isFile() || name.startsWith('.')) continue;
    const type = TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
    await s3.send(new PutObjectCommand({ Bucket: bucket.name, Key: name, Body: readFileSync(file), ContentType: type }));
    count += 1;
  }
  s3.destroy();
  return count;
}
