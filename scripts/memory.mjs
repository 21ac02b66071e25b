// How much memory each server may take on one small server (#38): V8's heap limit and young
// generation, and two glibc malloc arenas instead of one per thread. Without a limit V8 grows the
// heap as far as the machine allows before it collects, so a flood of requests left the site at
// 400+ MB of mostly garbage; with these, measured by scripts/bench-memory.mjs, the site stays under
// 200 MB and the CMS under 400 MB through every flood, and levels off. `pnpm start` passes them;
// the Dockerfiles set the same (tests/repo.test.ts holds them equal). An operator with much more
// content raises WEB_HEAP_MB / CMS_HEAP_MB.

/** Heap (old space) and young-generation semi-space, in MB. */
export const MEMORY = {
  cms: { heapMb: 256, semiSpaceMb: 2 },
  web: { heapMb: 96, semiSpaceMb: 1 },
};

export const MALLOC_ARENA_MAX = '2';

/** The NODE_OPTIONS for `app`, with its heap from `env` (CMS_HEAP_MB, WEB_HEAP_MB) when set. */
export function memoryOptions(app, env = process.env) {
  const { heapMb, semiSpaceMb } = MEMORY[app];
  const asked = Number(app === 'cms' ? env.CMS_HEAP_MB : env.WEB_HEAP_MB);
  const heap = Number.isInteger(asked) && asked > 0 ? asked : heapMb;
  return `--max-old-space-size=${heap} --max-semi-space-size=${semiSpaceMb}`;
}
