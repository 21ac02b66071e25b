// The Postgres path may skip itself on a developer's machine, never in CI.
import { describe, expect, it } from 'vitest';
import { connection, postgresReachable } from '@maine-sten/test-harness/postgres';

const nowhere = { ...connection, host: '127.0.0.1', port: 9, connectionTimeoutMillis: 1000 };

describe('the Postgres path without a server', () => {
  it('fails in CI', async () => {
    await expect(postgresReachable({ CI: 'true' }, nowhere)).rejects.toThrow(/CI needs PostgreSQL at 127\.0\.0\.1:9/);
    await expect(postgresReachable({ CI: '1' }, nowhere)).rejects.toThrow();
  });

  it('skips elsewhere', async () => {
    await expect(postgresReachable({}, nowhere)).resolves.toBe(false);
    await expect(postgresReachable({ CI: 'false' }, nowhere)).resolves.toBe(false);
  });
});
