// Reads an otpauth:// URI (Key Uri Format) so the setup key can be shown for manual entry.

export interface TotpUriParts {
  /** Base32 secret, as the authenticator app expects it typed. */
  secret: string;
  issuer: string;
  /** The label after "Issuer:", usually the e-mail address. */
  accountName: string;
}

export function parseTotpUri(uri: string): TotpUriParts {
  const url = new URL(uri);
  const label = decodeURIComponent(url.pathname.replace(/^\/+/, '').replace(/^totp\//, ''));
  const separator = label.indexOf(':');
  const issuer = url.searchParams.get('issuer') ?? (separator >= 0 ? label.slice(0, separator) : '');
  return {
    secret: url.searchParams.get('secret') ?? '',
    issuer,
    accountName: separator >= 0 ? label.slice(separator + 1).trim() : label,
  };
}

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to read and type. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
