import { describe, expect, it } from 'vitest';
import { logFailedRequest, type Logger } from './log';

const capture = () => {
  const lines: { level: 'warn' | 'error'; text: string; args: unknown[] }[] = [];
  const format = (template: string, args: unknown[]) => {
    let index = 0;
    return template.replace(/%[sdc]/g, () => String(args[index++]));
  };
  const log: Logger = {
    warn: (template, ...args) => lines.push({ level: 'warn', text: format(template, args), args }),
    error: (template, ...args) => lines.push({ level: 'error', text: format(template, args), args }),
  };
  return { lines, log };
};

describe('logging failed requests', () => {
  it('logs an expected 4xx as one line, without a stack', () => {
    const { lines, log } = capture();
    const error = new Error('Method Not Allowed');
    for (const status of [400, 405, 413, 429]) logFailedRequest({ status, method: 'PUT', path: '/faq', error }, log);
    expect(lines.map((line) => line.text)).toEqual([
      '[web] 400 PUT /faq',
      '[web] 405 PUT /faq',
      '[web] 413 PUT /faq',
      '[web] 429 PUT /faq',
    ]);
    expect(lines.every((line) => line.level === 'warn' && !line.args.includes(error))).toBe(true);
  });

  it('logs nothing for a 404', () => {
    const { lines, log } = capture();
    logFailedRequest({ status: 404, method: 'GET', path: '/nope', error: new Error('Not found') }, log);
    expect(lines).toEqual([]);
  });

  it('logs a 5xx with its error, so the stack is there', () => {
    const { lines, log } = capture();
    const error = new Error('boom');
    logFailedRequest({ status: 500, method: 'GET', path: '/faq', error }, log);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe('error');
    expect(lines[0]!.args).toContain(error);
  });

  it('never puts the path in the format string', () => {
    const { lines, log } = capture();
    logFailedRequest({ status: 405, method: 'PUT', path: '/%c0%ff%s%d', error: null }, log);
    logFailedRequest({ status: 500, method: 'GET', path: '/%s', error: null }, log);
    expect(lines.map((line) => line.args[2])).toEqual(['/%c0%ff%s%d', '/%s']);
  });
});
