import { describe, expect, it } from 'vitest';
import { cmsReachability } from './cms-reachability';

const recorder = () => {
  const lines: string[] = [];
  const format = (template: string, ...values: unknown[]) => values.reduce<string>((text, value) => text.replace(/%[sd]/, String(value)), template);
  return { lines, log: { warn: (t: string, ...v: unknown[]) => lines.push(`warn ${format(t, ...v)}`), log: (t: string, ...v: unknown[]) => lines.push(`log ${format(t, ...v)}`) } };
};

describe('cmsReachability', () => {
  it('tells an outage in one line, counts the rest at most once a minute, and one line when the CMS is back', () => {
    let now = 0;
    const { lines, log } = recorder();
    let answers = 0;
    const reachability = cmsReachability({ log, now: () => now, onAnswer: () => (answers += 1) });
    reachability.answered();
    expect(lines).toEqual([]);
    // A restart: every cached entry's refresh and the change poll fail within seconds.
    for (let i = 0; i < 117; i += 1) {
      reachability.failed(`page:${i}:en`, new Error('connect ECONNREFUSED'));
      now += 100;
    }
    expect(reachability.answering).toBe(false);
    expect(lines).toEqual(['warn [content] the CMS does not answer (page:0:en: connect ECONNREFUSED); serving the last good copy until it does']);
    now = 60_000;
    reachability.failed('change check', new Error('timeout'));
    reachability.failed('change check', new Error('timeout'));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('warn [content] the CMS still does not answer: 117 more failed requests (change check: timeout)');
    now = 75_000;
    reachability.answered();
    reachability.answered();
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('log [content] the CMS answers again, after 75 s and 119 failed requests');
    expect(answers).toBe(1);
    expect(reachability.answering).toBe(true);
  });
});
