/** The server's rule for passkey names (platform/auth/passkey-rules.ts): 1 to 100 characters. */
export const PASSKEY_NAME_MAX_LENGTH = 100;

export function isValidPasskeyName(name: string): boolean {
  const trimmed = name.trim();
  return trimmed.length > 0 && trimmed.length <= PASSKEY_NAME_MAX_LENGTH;
}
