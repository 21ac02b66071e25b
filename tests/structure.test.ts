// The shape issue #33 asks the code to keep: no import cycles in the apps' sources, and small
// files (one job each). Read from the files themselves, so a new cycle or a grown file fails here.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const SOURCES = ['apps/cms/src', 'apps/cms/config', 'apps/web/src', 'packages/content-client/src'];
const CODE = /\.(ts|tsx|js|mjs|svelte)$/;
/** Tests, generated code and the organisation's seed text are long by nature. */
const EXEMPT = /(\.test\.ts|\.bench\.ts|\.d\.ts)$|\/generated\/|\/seed\//;
/** Files kept longer on purpose, each with why. */
const LONGER: Record<string, string> = {};
const MAX_LINES = 250;

const tracked = (folder: string) =>
  execFileSync('git', ['ls-files', '-co', '--exclude-standard', folder], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((file) => CODE.test(file) && existsSync(path.join(root, file)));

const files = SOURCES.flatMap(tracked);

/** The project files a file imports (relative paths and the site's $lib alias), type imports included. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2]!,
  );
  const found: string[] = [];
  for (const specifier of specifiers) {
    let base: string;
    if (specifier.startsWith('.')) base = path.join(path.dirname(file), specifier);
    else if (specifier.startsWith('$lib/') && file.startsWith('apps/web/')) base = path.join('apps/web/src/lib', specifier.slice(5));
    else continue;
    const candidates = [base, base.replace(/\.js$/, '.ts'), ...['.ts', '.js', '.mjs', '.svelte', '.tsx'].map((ext) => base + ext), ...['index.ts', 'index.js'].map((index) => path.join(base, index))];
    const target = candidates.find((candidate) => existsSync(path.join(root, candidate)) && statSync(path.join(root, candidate)).isFile());
    if (target) found.push(target);
  }
  return found;
}

/** Every cycle found by a depth-first walk, each as the files around it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the apps’ sources', () => {
  it('are read here (the walk finds the files and their imports)', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(importsOf('apps/web/src/lib/server/content/index.ts').length).toBeGreaterThan(3);
  });

  it('import nothing in a circle', () => {
    const graph = new Map(files.filter((file) => !EXEMPT.test(file)).map((file) => [file, importsOf(file)]));
    expect(cycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it(`keep every file at ${MAX_LINES} lines or fewer, but generated code, seed data, tests and the few named`, () => {
    const long = files
      .filter((file) => !EXEMPT.test(file) && !(file in LONGER))
      .map((file) => ({ file, lines: readFileSync(path.join(root, file), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself)', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
  });
});
