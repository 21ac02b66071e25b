// The PostgreSQL server the Postgres suites use (TEST_PG_*), and whether they may run without it.
import pg from 'pg';

export const connection = {
  host: process.env.TEST_PG_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_PG_PORT ?? 5432),
  database: process.env.TEST_PG_DATABASE ?? 'test',
  user: process.env.TEST_PG_USER ?? 'postgres',
  password: process.env.TEST_PG_PASSWORD ?? '',
  connectionTimeoutMillis: 3000,
};

export async function withClient<T>(work: (client: pg.Client) => Promise<T>, config = connection): Promise<T> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const isCi = (env: NodeJS.ProcessEnv) => Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';

/**
 * True when the server answers. Without one, a developer's run skips the Postgres path with one
 * line; in CI (CI set) it throws, so a broken database service cannot pass silently.
 */
export async function postgresReachable(env: NodeJS.ProcessEnv = process.env, config = connection): Promise<boolean> {
  try {
    return await withClient(async () => true, config);
  } catch (error) {
    const where = `${config.host}:${config.port}/${config.database}`;
    const reason = error instanceof Error ? error.message : String(error);
    if (isCi(env)) throw new Error(`CI needs PostgreSQL at ${where} for the Postgres path (${reason}).`);
    console.warn(`Skipped the Postgres path: no PostgreSQL at ${where} (${reason}).`);
    return false;
  }
}
