// Vitest global setup for the suites that read a CMS from outside (the content client, the site's
// server code): boots a real CMS (seeded, temp SQLite) with cms-server.mjs as a process of its own
// and provides its URL to the tests as inject('cmsUrl').
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const cmsDir = path.resolve(import.meta.dirname, '../../../apps/cms');
const server = path.join(import.meta.dirname, 'cms-server.mjs');
let child: ChildProcess | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = process.env.TEST_CMS_PORT ?? String(1340 + Math.floor(Math.random() * 50));
  // The forms token, so suites can post what the site posts and compare the CMS's answer.
  const formsToken = process.env.CMS_FORMS_TOKEN || randomBytes(24).toString('hex');
  child = spawn(process.execPath, [server], {
    cwd: cmsDir,
    env: { ...process.env, CMS_PORT: port, CMS_FORMS_TOKEN: formsToken },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The test CMS did not start within 300 s')), 300_000);
    child!.stdout!.on('data', (chunk: Buffer) => {
      const ready = /CMS ready at (\S+)/.exec(chunk.toString());
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    });
    child!.on('exit', (code) => reject(new Error(`The test CMS exited early (${code})`)));
  });
  project.provide('cmsUrl', url);
  project.provide('cmsFormsToken', formsToken);
  return async () => {
    child?.kill('SIGTERM');
    await new Promise((resolve) => child?.once('exit', resolve));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    cmsFormsToken: string;
  }
}
