import { describe, expect, it } from 'vitest';
import { groupSecret, parseTotpUri } from './totp-uri';

describe('parseTotpUri', () => {
  it('reads the secret, the issuer and the account of better-auth\'s URI', () => {
    const parts = parseTotpUri('otpauth://totp/FlowForge:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=FlowForge&algorithm=SHA1&digits=6&period=30');

    expect(parts).toEqual({ secret: 'JBSWY3DPEHPK3PXP', issuer: 'FlowForge', accountName: 'ada@example.com' });
  });

  it('takes the issuer from the label when the parameter is missing', () => {
    expect(parseTotpUri('otpauth://totp/Acme:bob?secret=ABC')).toEqual({ secret: 'ABC', issuer: 'Acme', accountName: 'bob' });
  });
});

describe('groupSecret', () => {
  it.each([
    ['JBSWY3DPEHPK3PXP', 'JBSW Y3DP EHPK 3PXP'],
    ['ABCDEF', 'ABCD EF'],
    ['ABCD', 'ABCD'],
    ['', ''],
  ])('groups %s in fours', (secret, grouped) => {
    expect(groupSecret(secret)).toBe(grouped);
  });
});
