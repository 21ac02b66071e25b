export interface TestS3Server {
  endpoint: string;
  bucket: string;
  env: Record<'UPLOAD_S3_BUCKET' | 'UPLOAD_S3_ENDPOINT' | 'UPLOAD_S3_REGION' | 'UPLOAD_S3_ACCESS_KEY_ID' | 'UPLOAD_S3_SECRET_ACCESS_KEY' | 'UPLOAD_S3_FORCE_PATH_STYLE', string>;
  stop(): Promise<void>;
}
export function startS3Server(bucket?: string): Promise<TestS3Server>;
