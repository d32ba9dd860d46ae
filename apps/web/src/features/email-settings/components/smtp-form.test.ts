import { describe, expect, it } from 'vitest';
import { buildSmtpBody, initialSmtpForm, withSecurity } from './smtp-form';

const stored = {
  host: 'smtp.example.com', port: 465, security: 'tls' as const, username: 'robot', hasPassword: true,
  fromAddress: 'flows@example.com', fromName: null, replyTo: null, enabled: true, updatedAt: '2026-01-01T00:00:00Z',
};

describe('SMTP form', () => {
  it('starts empty with STARTTLS on 587 when nothing is stored', () => {
    expect(initialSmtpForm(null)).toMatchObject({ host: '', port: '587', security: 'starttls', enabled: true, password: '' });
  });

  it('keeps the stored password by leaving it out of the body', () => {
    const body = buildSmtpBody(initialSmtpForm(stored));

    expect(body).toEqual({ host: 'smtp.example.com', port: 465, security: 'tls', username: 'robot', fromName: null, fromAddress: 'flows@example.com', replyTo: null, enabled: true });
    expect('password' in body).toBe(false);
  });

  it('sends a new password, or null to remove the stored one', () => {
    expect(buildSmtpBody({ ...initialSmtpForm(stored), password: 'new' }).password).toBe('new');
    expect(buildSmtpBody({ ...initialSmtpForm(stored), password: 'ignored', removePassword: true }).password).toBeNull();
  });

  it('sends a port that is not a number as NaN so the server names the field', () => {
    expect(buildSmtpBody({ ...initialSmtpForm(stored), port: '25a' }).port).toBeNaN();
  });

  it('moves a default port along with the security mode but keeps a custom one', () => {
    expect(withSecurity(initialSmtpForm(null), 'tls').port).toBe('465');
    expect(withSecurity({ ...initialSmtpForm(null), port: '2525' }, 'tls').port).toBe('2525');
  });
});
