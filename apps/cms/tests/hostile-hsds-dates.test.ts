// HSDS's modified_after (issue #37): an RFC 3339 date-time (what the OpenAPI document promises) or
// a full date, read exactly; anything Date.parse would guess at is a 400 that names the parameter.
import { describe, expect, it } from 'vitest';
import { listQuery, QueryError } from '../src/hsds/query';

const since = (value: string) => listQuery({ modified_after: value }).modifiedAfter;

describe('modified_after', () => {
  it.each([
    ['2026-01-31T00:00:00Z', Date.UTC(2026, 0, 31)],
    ['2026-01-31T10:20:30.456Z', Date.UTC(2026, 0, 31, 10, 20, 30, 456)],
    ['2026-01-31T10:20:30+02:00', Date.UTC(2026, 0, 31, 8, 20, 30)],
    ['2026-01-31t10:20:30-05:30', Date.UTC(2026, 0, 31, 15, 50, 30)],
    ['2026-01-31T10:20Z', Date.UTC(2026, 0, 31, 10, 20)],
    ['2026-01-31', Date.UTC(2026, 0, 31)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
  ])('takes %s', (value, expected) => {
    expect(since(value)).toBe(expected);
  });

  it.each([
    '2024',
    '1',
    'Tue',
    'yesterday',
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-1-31',
    '2026-01-31 Tue',
    '2026-01-31T10:20:30',
    '2026-01-31 10:20:30Z',
    '2026-01-31T24:00:00Z',
    '2026-01-31T10:20:30+0200',
    '2026-01-31T10:20:30 02:00',
    '2026-01-31Z',
    ' 2026-01-31',
  ])('refuses %j, naming the parameter', (value) => {
    expect(() => since(value)).toThrow(QueryError);
    expect(() => since(value)).toThrow(/modified_after/);
  });

  it('is absent when not given', () => {
    expect(listQuery({}).modifiedAfter).toBeUndefined();
  });
});
