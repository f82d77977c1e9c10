/** Request and response plumbing of the fetch-API handlers: body limits and JSON answers. */
import { isJsonMediaType } from './hibob-api.js';

/** Credentials are ~100 bytes; anything near this is not a widget talking. */
export const MAX_BODY_BYTES = 8 * 1024;

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/**
 * The JSON body of a POST, or the error response: 405, 415, 413 (declared or actual size over
 * {@link MAX_BODY_BYTES}, read with a cap so a huge body is never buffered) or 400 for invalid JSON.
 */
export async function readJsonBody(request: Request): Promise<{ body: unknown } | { response: Response }> {
  if (request.method !== 'POST') {
    return {
      response: jsonResponse(405, { error: 'method_not_allowed', message: 'Use POST.' }, { Allow: 'POST' }),
    };
  }
  if (!isJsonMediaType(request.headers.get('content-type'))) {
    return { response: jsonResponse(415, { error: 'unsupported_media_type', message: 'Send application/json.' }) };
  }
  const bytes = await readCapped(request, MAX_BODY_BYTES);
  if (!bytes) {
    return {
      response: jsonResponse(413, { error: 'payload_too_large', message: `The body exceeds ${MAX_BODY_BYTES} bytes.` }),
    };
  }
  try {
    return { body: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return { response: jsonResponse(400, { error: 'invalid_body', message: 'The body is not valid JSON.' }) };
  }
}

/** The body's bytes, or `undefined` once it is known to exceed `limit`. */
async function readCapped(request: Request, limit: number): Promise<Uint8Array | undefined> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return undefined;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
