// `pnpm --filter @maine-sten/cms build`: compiles the app and builds the admin panel, and copies the
// site's interface messages (apps/web/messages) into dist/site-messages, for the translators' XLIFF
// export (src/translations/round-trip/messages.ts) wherever the CMS is deployed.
// The build neither uses nor embeds the secrets, so unset ones get throwaway values for this process
// only: a fresh clone or a Docker build stage builds without a .env, and no secret lands in dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillThrowawaySecrets } from './throwaway-secrets.mjs';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = fillThrowawaySecrets({ ...process.env });

const result = spawnSync(path.join(appDir, 'node_modules/.bin/strapi'), ['build', ...process.argv.slice(2)], {
  cwd: appDir,
  env,
  stdio: 'inherit',
});
const messages = path.resolve(appDir, '../web/messages');
if (result.status === 0 && existsSync(messages)) cpSync(messages, path.join(appDir, 'dist/site-messages'), { recursive: true });
process.exit(result.status ?? 1);
