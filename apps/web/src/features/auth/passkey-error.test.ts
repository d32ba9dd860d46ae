import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../lib/api-problem';
import type { Translate } from '../../lib/i18n';
import { describePasskeyError } from './passkey-error';

const t = ((key: string) => key) as Translate;

function browserError(name: string, code?: string): Error {
  const error = new Error('from the browser');
  error.name = name;
  return code === undefined ? error : Object.assign(error, { code });
}

describe('describePasskeyError', () => {
  it.each([
    [browserError('NotAllowedError'), 'passkey.cancelled'],
    [browserError('AbortError'), 'passkey.cancelled'],
    [browserError('InvalidStateError', 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED'), 'passkey.alreadyRegistered'],
    [new ApiProblem({ status: 401, code: 'PASSKEY_NOT_FOUND', title: 'Passkey not found', errors: [] }), 'passkey.notFound'],
    [new ApiProblem({ status: 403, code: 'SESSION_NOT_FRESH', title: 'Session is not fresh', errors: [] }), 'passkey.sessionNotFresh'],
  ])('describes %o as %s', (error, key) => {
    expect(describePasskeyError(error, t)).toBe(key);
  });

  it('falls back to the generic message for anything else', () => {
    expect(describePasskeyError('nonsense', t)).toBe('error.title');
  });
});
