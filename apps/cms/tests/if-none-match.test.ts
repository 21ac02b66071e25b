// The upload proxy's If-None-Match (src/uploads/if-none-match.ts): what a browser or cache sends
// gets its 304, anything else names no version (the file is sent), never an error.
import { describe, expect, it } from 'vitest';
import { namesCurrentVersion } from '../src/uploads/if-none-match';

const etag = '"02ae48ea5e99ae84f9c04d7ecfe8921f"';

describe('namesCurrentVersion', () => {
  it('matches the file’s tag alone, weak, in a list, or *', () => {
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, `"a",${etag} , "b"`, '*', ' * ']) {
      expect(namesCurrentVersion(header, etag), header).toBe(true);
    }
    expect(namesCurrentVersion(etag, `W/${etag}`)).toBe(true);
  });

  it('does not match another tag, or a value that is not a list of tags', () => {
    const hostile = ['"other"', 'x', '"', '""', 'W/', 'W/"x', '02ae48ea5e99ae84f9c04d7ecfe8921f', `${etag}x`, `${etag} ${etag}`, '*, "x"', 'é', ' , ,', 'a'.repeat(8000), `"${'\u0001'}"`];
    for (const header of hostile) expect(namesCurrentVersion(header, etag), JSON.stringify(header.slice(0, 20))).toBe(false);
    expect(namesCurrentVersion(undefined, etag)).toBe(false);
    expect(namesCurrentVersion(etag, undefined)).toBe(false);
  });
});
