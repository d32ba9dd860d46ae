/** The `.dmn` download: a file name every file system accepts, and handing the text to the browser. */

/** `Credit risk` version 3 → `Credit-risk-v3.dmn` (only characters every file system accepts). */
export function dmnFileName(name: string, version: number): string {
  const base = name.normalize('NFKD').replace(/[^\w\s.-]/g, '').trim().replace(/\s+/g, '-').slice(0, 80);
  return `${base === '' ? 'decision' : base}-v${String(version)}.dmn`;
}

function extendedName(header: string): string | undefined {
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded === undefined) return undefined;
  try {
    return decodeURIComponent(encoded.trim());
  } catch {
    return undefined;
  }
}

function plainName(header: string): string | undefined {
  return /filename\s*=\s*"([^"]*)"/i.exec(header)?.[1] ?? /filename\s*=\s*([^;]+)/i.exec(header)?.[1]?.trim();
}

/**
 * The file name a `Content-Disposition` header gives: `filename*` (RFC 5987, UTF-8) when present,
 * else `filename`; null without either. Path separators are dropped.
 */
export function fileNameFromDisposition(header: string | null): string | null {
  if (header === null) return null;
  const safe = (extendedName(header) ?? plainName(header) ?? '').replace(/[/\\]/g, '').trim();
  return safe === '' ? null : safe;
}

/** Offers `text` to the browser as a file download. */
export function downloadText(options: { text: string; fileName: string; type: string }): void {
  const url = URL.createObjectURL(new Blob([options.text], { type: options.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = options.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => { URL.revokeObjectURL(url); }, 0);
}
