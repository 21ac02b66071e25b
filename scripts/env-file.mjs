// Reads one variable from a dotenv file (apps/cms/.env) the way the CMS itself reads it: Node's own
// parser (quotes, `export `, comments, `=` inside values), never a hand-written pattern.
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/** The value of `name` in the file at `file`, or '' when the file or the name is missing. */
export function envFileValue(file, name) {
  if (!existsSync(file)) return '';
  return parseEnv(readFileSync(file, 'utf8'))[name] ?? '';
}
