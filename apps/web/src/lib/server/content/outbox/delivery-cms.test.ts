// The loop against a fake CMS on 127.0.0.1 through the real storeSubmission: down → kept; 5xx →
// kept; back → delivered once with the key in Idempotency-Key; an answer lost after the CMS
// stored it → sent again with the same key (the CMS stores it once); a 4xx → set aside.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { settings } from '../../settings.js';
import { storeSubmission } from '../submissions';
import { newKeyText, parseKey } from '../../sealed-text';
import { DeliveryLoop } from './delivery';
import { openEntry, sealEntry } from './sealing';
import { FileSpool } from './spool';

type Mode = 'ok' | '500' | '400' | 'cut-after-store';
let mode: Mode = 'ok';
const stored = new Set<string>();
const keys: string[] = [];
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  request.resume();
  request.on('end', () => {
    const key = String(request.headers['idempotency-key']);
    keys.push(key);
    if (mode === '500' || mode === '400') return void response.writeHead(Number(mode)).end('{}');
    stored.add(key);
    if (mode === 'cut-after-store') return void request.socket.destroy();
    response.writeHead(201, { 'content-type': 'application/json' }).end('{"data":{"documentId":"x"}}');
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;
Object.assign(settings, { CMS_URL: `http://127.0.0.1:${port}`, CMS_FORMS_TOKEN: 'forms-token' });
const dir = mkdtempSync(path.join(tmpdir(), 'outbox-cms-'));
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const spool = new FileSpool(dir, { maxEntries: 10, maxBytes: 100_000, leaseMs: 15_000 });
const keyring = { current: parseKey(newKeyText())! };
const loop = new DeliveryLoop(spool, (entry) => storeSubmission(entry.form, openEntry(entry, keyring), entry.key));
const entry = (key: string) => sealEntry({ form: 'contact', data: { name: 'A' }, key }, Date.now(), keyring);

describe('delivery to the CMS', () => {
  it('keeps the entry through a 5xx and a cut connection, then the CMS has it once', async () => {
    await spool.add(entry('key-one-aaaaaaaaaaaaaaaaaaaaaa'));
    mode = '500';
    expect(await loop.step()).toBe('failed');
    mode = 'cut-after-store';
    expect(await loop.step()).toBe('failed');
    mode = 'ok';
    expect(await loop.step()).toBe('delivered');
    expect(await loop.step()).toBe('empty');
    expect(keys).toEqual(Array(3).fill('key-one-aaaaaaaaaaaaaaaaaaaaaa'));
    expect([...stored]).toEqual(['key-one-aaaaaaaaaaaaaaaaaaaaaa']);
  });

  it('sets aside an entry the CMS refuses with a 4xx', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await spool.add(entry('key-two-bbbbbbbbbbbbbbbbbbbbbb'));
    mode = '400';
    expect(await loop.step()).toBe('rejected');
    expect((await spool.stats()).entries).toBe(0);
  });
});
