// A real S3-compatible server for the tests (s3rver, files in a temporary folder): the CMS talks
// to it through Strapi's aws-s3 provider and the AWS SDK over HTTP, as it would to a bucket.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

/** s3rver's built-in key pair. */
const ACCESS_KEY = 'S3RVER';

/** Listens on a free port with one empty bucket; `env` is what the CMS needs to use it. */
export async function startS3Server(bucket = 'media') {
  const directory = mkdtempSync(path.join(tmpdir(), 's3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: {
      UPLOAD_S3_BUCKET: bucket,
      UPLOAD_S3_ENDPOINT: endpoint,
      UPLOAD_S3_REGION: 'us-east-1',
      UPLOAD_S3_ACCESS_KEY_ID: ACCESS_KEY,
      UPLOAD_S3_SECRET_ACCESS_KEY: ACCESS_KEY,
      UPLOAD_S3_FORCE_PATH_STYLE: 'true',
    },
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
