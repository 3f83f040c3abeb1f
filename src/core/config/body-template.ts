/**
 * Request body templates: `{{payload}}` inserts the payload as is, `{{payload|json}}` inserts it
 * as a JSON string literal (quoted and escaped), so MT text can travel inside a JSON body.
 * Applied once at resolve time: the engine only ever sees final bytes. `{{payload}}` splices
 * the payload's bytes, whatever they are; `{{payload|json}}` needs UTF-8 text, and a payload
 * that is not is refused (`templatePayloadProblem`) rather than rewritten to U+FFFD.
 */
import { inputError } from '../errors.js';

const PLACEHOLDER = /\{\{\s*payload\s*(\|\s*json\s*)?\}\}/g;
const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** The body for one payload: the template with its placeholders replaced. */
export function applyBodyTemplate(template: string, payload: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let last = 0;
  let json: string | undefined;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.push(encoder.encode(template.slice(last, match.index)));
    if (match[1] === undefined) {
      parts.push(payload);
    } else {
      json ??= JSON.stringify(decodeStrict(payload));
      parts.push(encoder.encode(json));
    }
    last = match.index + match[0].length;
  }
  parts.push(encoder.encode(template.slice(last)));
  return concat(parts);
}

/** Why `payload` cannot go through `template`, or undefined when it can. */
export function templatePayloadProblem(template: string, payload: Uint8Array): string | undefined {
  const usesJson = [...template.matchAll(PLACEHOLDER)].some((m) => m[1] !== undefined);
  if (!usesJson) return undefined;
  try {
    strictDecoder.decode(payload);
    return undefined;
  } catch {
    return '{{payload|json}} needs UTF-8 text and this payload is not (it would be sent with U+FFFD in place of its bytes)';
  }
}

/** The template as bytes, for scenarios with a fixed body and no payload set. */
export function templateBytes(template: string): Uint8Array {
  return encoder.encode(template);
}

function decodeStrict(payload: Uint8Array): string {
  try {
    return strictDecoder.decode(payload);
  } catch (error) {
    // load-plan reports this with the payload's position; reaching here means it was bypassed.
    throw inputError(
      'CONFIG_INVALID',
      'A payload used with {{payload|json}} is not UTF-8 text.',
      'Convert the payload to UTF-8, or use {{payload}} to send its bytes as they are.',
      error,
    );
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
