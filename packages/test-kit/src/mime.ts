/**
 * A small MIME decoder for the mails our tests receive (nodemailer's output): folded headers,
 * RFC 2047 encoded words, nested multipart bodies, quoted-printable and base64 transfer encodings
 * and any charset TextDecoder knows. It is not a general-purpose parser (no mailparser here).
 */

export type MimeHeaders = Map<string, string[]>;

export type DecodedMail = {
  headers: MimeHeaders;
  from: string;
  subject: string;
  text: string | null;
  html: string | null;
};

type Entity = { headers: MimeHeaders; body: string };
type HeaderValue = { value: string; params: Map<string, string> };

const ENCODED_WORD = /=\?([^?]+)\?([bqBQ])\?([^?]*)\?=/g;

/** Decodes a raw message (bytes as received over SMTP). */
export function decodeMail(raw: Buffer | string): DecodedMail {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  // The line break that ends the last line of the message is not part of a single-part body.
  const source = bytes.toString('latin1').replace(/\r?\n$/, '');
  const root = splitEntity(source);
  const parts: { text: string | null; html: string | null } = { text: null, html: null };
  collectParts(root, parts);
  return { headers: root.headers, from: headerOf(root, 'from'), subject: headerOf(root, 'subject'), ...parts };
}

/** The first value of a header, RFC 2047-decoded ('' if missing). */
function headerOf(entity: Entity, name: string): string {
  // Headers are ASCII with encoded words; raw UTF-8 bytes (SMTPUTF8) are decoded too.
  return decodeEncodedWords(Buffer.from(entity.headers.get(name)?.[0] ?? '', 'latin1').toString('utf8'));
}

function splitEntity(source: string): Entity {
  const match = /\r?\n\r?\n/.exec(source);
  const head = match ? source.slice(0, match.index) : source;
  const body = match ? source.slice(match.index + match[0].length) : '';
  return { headers: parseHeaders(head), body };
}

/** Parses a header block, unfolding continuation lines (RFC 5322 2.2.3). */
export function parseHeaders(block: string): MimeHeaders {
  const headers: MimeHeaders = new Map();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const values = headers.get(name) ?? [];
    values.push(line.slice(colon + 1).trim());
    headers.set(name, values);
  }
  return headers;
}

/** Splits `type/sub; a=b; c="d"` into the value and its parameters (names lower-cased). */
export function parseHeaderValue(raw: string): HeaderValue {
  const [value = '', ...rest] = raw.split(';');
  const params = new Map<string, string>();
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    params.set(param.slice(0, eq).trim().toLowerCase(), param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1'));
  }
  return { value: value.trim().toLowerCase(), params };
}

function collectParts(entity: Entity, found: { text: string | null; html: string | null }): void {
  const type = parseHeaderValue(firstHeader(entity, 'content-type', 'text/plain'));
  const boundary = type.params.get('boundary');
  if (type.value.startsWith('multipart/') && boundary) {
    for (const part of splitMultipart(entity.body, boundary)) collectParts(splitEntity(part), found);
    return;
  }
  if (parseHeaderValue(firstHeader(entity, 'content-disposition', 'inline')).value === 'attachment') return;
  const key = type.value === 'text/plain' ? 'text' : type.value === 'text/html' ? 'html' : null;
  if (key === null || found[key] !== null) return;
  const bytes = decodeTransfer(entity.body, firstHeader(entity, 'content-transfer-encoding', '7bit').toLowerCase());
  found[key] = decodeCharset(bytes, type.params.get('charset') ?? 'utf-8');
}

function firstHeader(entity: Entity, name: string, fallback: string): string {
  return entity.headers.get(name)?.[0] ?? fallback;
}

/** The parts between `--boundary` lines, without preamble and epilogue. */
export function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const lines = body.split(/\r?\n/);
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith(delimiter)) {
      if (current) parts.push(current.join('\r\n'));
      current = line.startsWith(`${delimiter}--`) ? null : [];
      if (current === null) break;
      continue;
    }
    current?.push(line);
  }
  return parts;
}

/** Undoes a Content-Transfer-Encoding; the result is bytes. */
export function decodeTransfer(body: string, encoding: string): Buffer {
  if (encoding === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return Buffer.from(body, 'latin1');
}

/** RFC 2045 6.7: `=XX` is a byte, `=` at the end of a line is a soft line break. */
export function decodeQuotedPrintable(body: string): Buffer {
  const joined = body.replace(/[ \t]+(\r?\n)/g, '$1').replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(joined.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

function decodeCharset(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** RFC 2047: `=?utf-8?Q?Gr=C3=BC=C3=9Fe?=` and `=?UTF-8?B?…?=`; whitespace between words is dropped. */
export function decodeEncodedWords(value: string): string {
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  return joined.replace(ENCODED_WORD, (word: string) => {
    const [, charset = 'utf-8', kind = 'Q', data = ''] = word.split('?');
    const bytes = kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64')
      : decodeQuotedPrintable(data.replace(/_/g, ' '));
    return decodeCharset(bytes, charset);
  });
}
