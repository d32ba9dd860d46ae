import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { assertNoPasswordIssues, checkPassword, DEFAULT_PASSWORD_POLICY, isCommonPassword } from './password-policy.ts';

const codes = (password: string, policy = DEFAULT_PASSWORD_POLICY, context = {}) => checkPassword(password, policy, context).map((issue) => issue.code);

describe('checkPassword', () => {
  it.each([
    ['correct horse battery staple'],
    ['Tr0ub4dor&3-but-longer'],
    ['ünïcödé-pässwörd'],
    ['mein Fahrrad ist blau'],
    ['a'.repeat(7) + 'b'],
  ])('accepts %s', (password) => {
    expect(codes(password)).toEqual([]);
  });

  it.each([
    ['password123', 'common'],
    ['PASSWORD123', 'common'],
    ['iloveyou2', 'common'],
    ['qwertyuiop', 'common'],
  ])('rejects the common password %s', (password, code) => {
    expect(codes(password)).toContain(code);
  });

  it('does not look the password up when the account switched the list off', () => {
    expect(codes('password123', { minLength: 8, checkBreached: false })).toEqual([]);
  });

  it.each([
    ['aaaaaaaa', 'repetitive'],
    ['abcabcabc', 'repetitive'],
    ['12121212', 'repetitive'],
    ['23456789', 'sequential'],
    ['hgfedcba', 'sequential'],
    ['lmnopqrstu', 'sequential'],
  ])('rejects the trivial %s as %s', (password, code) => {
    expect(codes(password, { minLength: 8, checkBreached: false })).toEqual([code]);
  });

  it('rejects a password shorter than the account minimum, never allowing less than 8', () => {
    expect(codes('seven77', { minLength: 4, checkBreached: true })).toEqual(['too-short']);
    expect(codes('twelve chars', { minLength: 15, checkBreached: true })).toEqual(['too-short']);
    expect(checkPassword('short', { minLength: 15, checkBreached: true })[0]?.message).toContain('15');
  });

  it('counts characters, not UTF-16 units, and rejects more than 128', () => {
    expect(codes('😀😀😀😀😀😀😀', DEFAULT_PASSWORD_POLICY)).toEqual(['too-short']);
    expect(codes('x'.repeat(64) + 'y'.repeat(65))).toEqual(['too-long']);
  });

  it.each([
    ['ada.lovelace@example.com'],
    ['Ada.Lovelace'],
    ['Ada Lovelace'],
    ['ada.lovelace@example.com2024'],
    ['FlowForge!'],
  ])('rejects the personal or service word %s', (password) => {
    expect(codes(password, DEFAULT_PASSWORD_POLICY, { email: 'Ada.Lovelace@example.com', name: 'Ada Lovelace' })).toContain('personal');
  });

  it('loads the bundled list with its entries lower-cased and without the header', () => {
    expect(isCommonPassword('Password')).toBe(true);
    expect(isCommonPassword('# Common and breached passwords')).toBe(false);
  });
});

describe('assertNoPasswordIssues', () => {
  it('throws a password-rejected problem that points at the given field with every reason', () => {
    const issues = checkPassword('password', { minLength: 8, checkBreached: true });

    const thrown = (() => {
      try {
        assertNoPasswordIssues(issues, '/newPassword');
        return undefined;
      } catch (error) {
        return error;
      }
    })();

    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'password-rejected', errors: [{ pointer: '/newPassword' }] });
  });
});
