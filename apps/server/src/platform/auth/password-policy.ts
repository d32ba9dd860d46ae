/**
 * The password policy (NIST SP 800-63B §5.1.1.2): a minimum length set per account (never below 8),
 * at most 128 characters, no composition rules, and no password that is common or breached (the
 * bundled common-passwords.txt), the user's own e-mail or name, or a trivial repetition or sequence.
 * `checkPassword` is pure apart from reading the bundled list once; `assertPasswordAllowed` applies
 * an account's policy inside a tenant transaction.
 */
import { readFileSync } from 'node:fs';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@flowforge/contracts';
import type { Tx } from '../db/pool.ts';
import { DomainError } from '../errors.ts';

export type PasswordPolicy = { minLength: number; checkBreached: boolean };
export type PasswordContext = { email?: string | null | undefined; name?: string | null | undefined };
export type PasswordIssueCode = 'too-short' | 'too-long' | 'common' | 'personal' | 'repetitive' | 'sequential';
export type PasswordIssue = { code: PasswordIssueCode; message: string };

/** What applies where no account policy exists yet (sign-up) or none was saved. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: PASSWORD_MIN_LENGTH, checkBreached: true };

const SERVICE_WORDS = ['flowforge'];
let commonPasswords: Set<string> | undefined;

/** The bundled list, loaded on first use. */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= loadCommonPasswords();
  return commonPasswords.has(password.normalize('NFKC').toLowerCase());
}

function loadCommonPasswords(): Set<string> {
  const text = readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8');
  return new Set(text.split('\n').filter((line) => line !== '' && !line.startsWith('#')));
}

/** Every reason the password is not acceptable under `policy`; empty when it is. */
export function checkPassword(password: string, policy: PasswordPolicy, context: PasswordContext = {}): PasswordIssue[] {
  // NIST: normalise (NFKC) and count characters as code points, so "ü" is one character.
  const normalized = password.normalize('NFKC');
  const length = [...normalized].length;
  const minLength = Math.max(PASSWORD_MIN_LENGTH, policy.minLength);
  if (length < minLength) return [{ code: 'too-short', message: `Use at least ${minLength} characters; a passphrase of a few words is easy to remember.` }];
  if (length > PASSWORD_MAX_LENGTH) return [{ code: 'too-long', message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` }];
  const issues: PasswordIssue[] = [];
  if (policy.checkBreached && isCommonPassword(normalized)) {
    issues.push({ code: 'common', message: 'This password is on a list of common or breached passwords; choose another one.' });
  }
  if (isPersonal(normalized, context)) issues.push({ code: 'personal', message: 'Do not use your e-mail address, your name or the name of this service as your password.' });
  if (isRepetitive(normalized)) issues.push({ code: 'repetitive', message: 'Repeating the same character or short pattern is easy to guess.' });
  else if (isSequential(normalized)) issues.push({ code: 'sequential', message: 'A sequence such as 12345678 or abcdefgh is easy to guess.' });
  return issues;
}

function squash(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function isPersonal(password: string, context: PasswordContext): boolean {
  const candidate = squash(password);
  const lower = password.toLowerCase();
  const email = context.email?.trim().toLowerCase() ?? '';
  const words = [email, email.split('@')[0] ?? '', context.name ?? '', ...SERVICE_WORDS].map(squash).filter((word) => word.length > 0);
  return words.includes(candidate) || (email !== '' && lower.includes(email));
}

/** One character or one pattern of up to four characters, repeated: "aaaaaaaa", "abcabcabc", "12121212". */
function isRepetitive(password: string): boolean {
  const chars = [...password.toLowerCase()];
  for (let size = 1; size <= 4 && size < chars.length; size += 1) {
    if (chars.every((char, index) => char === chars[index % size])) return true;
  }
  return false;
}

/** Each character one step after (or before) the previous: "12345678", "abcdefgh", "98765432". */
function isSequential(password: string): boolean {
  const codes = [...password.toLowerCase()].map((char) => char.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (Math.abs(step) !== 1) return false;
  return codes.every((code, index) => index === 0 || code - (codes[index - 1] ?? 0) === step);
}

/** Throws a 422 `password-rejected` problem pointing at `pointer` when `issues` is not empty. */
export function assertNoPasswordIssues(issues: readonly PasswordIssue[], pointer = '/password'): void {
  if (issues.length === 0) return;
  throw new DomainError('password-rejected', issues.map((issue) => issue.message).join(' '), {
    errors: issues.map((issue) => ({ pointer, message: issue.message })),
  });
}

/** The account's policy (defaults when it never saved one); `tx` must be scoped to that account. */
export async function readPasswordPolicy(tx: Tx, accountId: string): Promise<PasswordPolicy> {
  const { rows } = await tx.query<{ minLength: number; checkBreached: boolean }>(
    `select password_min_length as "minLength", check_breached_passwords as "checkBreached"
       from account_security_policies where account_id = $1`,
    [accountId],
  );
  return rows[0] ?? DEFAULT_PASSWORD_POLICY;
}

export type PasswordCandidate = { accountId: string; password: string; email?: string | null; name?: string | null; pointer?: string };

/** For flows that set a password inside an account (invitations, admin resets): 422 if it breaks the account's policy. */
export async function assertPasswordAllowed(tx: Tx, candidate: PasswordCandidate): Promise<void> {
  const policy = await readPasswordPolicy(tx, candidate.accountId);
  assertNoPasswordIssues(checkPassword(candidate.password, policy, { email: candidate.email, name: candidate.name }), candidate.pointer);
}
