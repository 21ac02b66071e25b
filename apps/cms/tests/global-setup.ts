// Compile the TypeScript app once (config + src → dist) before the suites boot it.
import { compileStrapi } from './strapi';
import { appDir } from './harness';

export default async function setup(): Promise<void> {
  await compileStrapi({ appDir });
}
