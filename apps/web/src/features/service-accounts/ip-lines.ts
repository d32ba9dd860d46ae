// The "allowed IP addresses" text area holds one entry per line. Blank lines are dropped before
// sending, so the server's `/ipAllowlist/<index>` errors are mapped back to line numbers here.

export interface IpLine {
  /** 1-based line number in the text area. */
  line: number;
  value: string;
}

export function parseIpLines(text: string): IpLine[] {
  return text.split('\n').map((value, index) => ({ line: index + 1, value: value.trim() })).filter((entry) => entry.value !== '');
}

/** Line numbers named by field errors keyed `ipAllowlist.<index>`. */
export function linesWithErrors(lines: readonly IpLine[], fieldErrors: Readonly<Record<string, string>>): number[] {
  return Object.keys(fieldErrors).flatMap((field) => {
    const match = /^ipAllowlist\.(\d+)$/.exec(field);
    const entry = match ? lines[Number(match[1])] : undefined;
    return entry ? [entry.line] : [];
  });
}

/** An `<input type="date">` value as the end of that day in the browser's zone, in ISO form. */
export function endOfDayIso(date: string): string | null {
  if (date === '') return null;
  const end = new Date(`${date}T23:59:59`);
  return Number.isNaN(end.getTime()) ? null : end.toISOString();
}
