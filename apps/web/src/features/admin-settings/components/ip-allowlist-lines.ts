// The IP allowlist editor keeps one entry per line. The server numbers entries without the blank
// lines (`/ipAllowlist/2` is the third entry), so errors are mapped back to line numbers here.
import { isIpRange } from '@flowforge/contracts';

export interface AllowlistLine {
  /** 1-based line number in the text area. */
  line: number;
  value: string;
}

export function parseAllowlist(text: string): AllowlistLine[] {
  return text.split('\n').map((value, index) => ({ line: index + 1, value: value.trim() })).filter((entry) => entry.value !== '');
}

/** Line numbers whose entry is not an IP address or CIDR range. */
export function findInvalidLines(entries: readonly AllowlistLine[]): number[] {
  return entries.filter((entry) => !isIpRange(entry.value)).map((entry) => entry.line);
}

/** Line numbers the server rejected, from field errors keyed `ipAllowlist.<index>`. */
export function linesFromFieldErrors(entries: readonly AllowlistLine[], fieldErrors: Readonly<Record<string, string>>): number[] {
  return Object.keys(fieldErrors).flatMap((field) => {
    const match = /^ipAllowlist\.(\d+)$/.exec(field);
    const entry = match ? entries[Number(match[1])] : undefined;
    return entry ? [entry.line] : [];
  });
}

/** Whether `ip` is already an entry of the list as typed (exactly, or as a /32 or /128). */
export function listsAddress(entries: readonly AllowlistLine[], ip: string): boolean {
  return entries.some((entry) => entry.value === ip || entry.value === `${ip}/32` || entry.value === `${ip}/128`);
}
