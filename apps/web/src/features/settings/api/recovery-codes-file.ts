// The .txt file of recovery codes a user downloads when they enrol or create new codes.

export interface RecoveryCodesText {
  header: string;
  note: string;
  codes: readonly string[];
}

export function buildRecoveryCodesText({ header, note, codes }: RecoveryCodesText): string {
  return [header, note, '', ...codes, ''].join('\n');
}

/** Lets the browser save the codes as flowforge-recovery-codes.txt. */
export function downloadRecoveryCodes(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'flowforge-recovery-codes.txt';
  link.click();
  URL.revokeObjectURL(url);
}
