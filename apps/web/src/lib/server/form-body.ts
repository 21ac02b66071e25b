// A form post's body, read up to a limit whatever the request says of its length: a chunked body
// (no Content-Length) is counted as it arrives, and one over the limit is refused with 413 before
// it is parsed, so it is never echoed back. The rest of a refused body is read and dropped (up to
// adapter-node's own limit, 512 KB), so the visitor's browser gets the page rather than a reset
// connection; nothing of it is kept.
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/i18n';

/** Far above the longest honest answer (every field full, all of it percent-encoded). */
export const MAX_FORM_BYTES = 128 * 1024;
/** Past this, the body is not even read to the end: the connection is cut. */
const MAX_DRAINED_BYTES = 1024 * 1024;

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, size: number): Promise<void> {
  for (let chunk = await reader.read(); !chunk.done && size <= MAX_DRAINED_BYTES; chunk = await reader.read()) {
    size += chunk.value.byteLength;
  }
}

export async function readForm(event: RequestEvent, limit = MAX_FORM_BYTES): Promise<FormData> {
  const reader = event.request.body?.getReader();
  const declared = Number(event.request.headers.get('content-length') ?? 0);
  if (declared > limit) {
    if (reader && declared <= MAX_DRAINED_BYTES) await drain(reader, 0).catch(() => {});
    error(413, m.tooLargeTitle());
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  try {
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
      size += chunk.value.byteLength;
      if (size > limit) {
        tooLarge = true;
        await drain(reader!, size);
        break;
      }
      chunks.push(chunk.value);
    }
  } catch {
    // The body stream broke off: a client that went away, or past adapter-node's BODY_SIZE_LIMIT.
    if (!tooLarge) error(400, m.badRequestTitle());
  }
  if (tooLarge) error(413, m.tooLargeTitle());
  const type = event.request.headers.get('content-type') ?? '';
  return new Response(Buffer.concat(chunks), { headers: { 'content-type': type } })
    .formData()
    .catch(() => error(400, m.badRequestTitle()));
}
