import { describe, expect, it } from 'vitest';
import { ApiProblem, collectFieldErrors, createNetworkProblem, fieldNameFromPointer, parseProblem } from './api-problem';

describe('parseProblem', () => {
  it('reads every field of an RFC 9457 problem', () => {
    const body = {
      type: 'https://flowforge.dev/problems/validation-failed',
      title: 'The request is invalid',
      status: 400,
      detail: 'Check the marked fields',
      instance: '/api/v1/signup',
      code: 'validation-failed',
      traceId: 'abc123',
      errors: [{ pointer: '/email', message: 'Invalid email' }],
    };

    const problem = parseProblem(400, body);

    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({
      status: 400,
      code: 'validation-failed',
      title: 'The request is invalid',
      detail: 'Check the marked fields',
      instance: '/api/v1/signup',
      traceId: 'abc123',
      errors: [{ pointer: '/email', message: 'Invalid email' }],
    });
  });

  it('maps better-auth errors to a problem with their code', () => {
    const problem = parseProblem(401, { code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid email or password' });

    expect(problem).toMatchObject({ status: 401, code: 'INVALID_EMAIL_OR_PASSWORD', title: 'Invalid email or password' });
  });

  it('takes the code from the type when the body has none', () => {
    const problem = parseProblem(404, { type: 'https://x.test/problems/account-not-found', title: 'Not found' });

    expect(problem.code).toBe('account-not-found');
  });

  it('falls back to the HTTP status when the body is not JSON', () => {
    const problem = parseProblem(502, undefined, 'Bad Gateway');

    expect(problem).toMatchObject({ status: 502, code: 'http-502', title: 'Bad Gateway', errors: [] });
  });

  it('keeps the members beyond the standard ones as extensions', () => {
    const body = { code: 'decision-evaluation-failed', status: 422, title: 'x', reason: 'unique-violation', ruleIds: ['mid', 'high'], errors: [] };

    expect(parseProblem(422, body).extensions).toEqual({ reason: 'unique-violation', ruleIds: ['mid', 'high'] });
    expect(parseProblem(502, undefined).extensions).toEqual({});
    expect(createNetworkProblem().extensions).toEqual({});
  });

  it('ignores malformed field errors', () => {
    const problem = parseProblem(400, { errors: [null, { pointer: '/a' }, { message: 'whole form' }, 'x'] });

    expect(problem.errors).toEqual([{ pointer: '', message: 'whole form' }]);
  });
});

describe('fieldNameFromPointer', () => {
  it.each([
    ['/email', 'email'],
    ['/address/street', 'address.street'],
    ['/items/0/name', 'items.0.name'],
    ['/a~1b/c~0d', 'a/b.c~d'],
    ['', ''],
    ['/', ''],
  ])('turns %j into %j', (pointer, field) => {
    expect(fieldNameFromPointer(pointer)).toBe(field);
  });
});

describe('collectFieldErrors', () => {
  it('keeps the first message for each field', () => {
    const errors = [
      { pointer: '/email', message: 'first' },
      { pointer: '/email', message: 'second' },
      { pointer: '/password', message: 'too short' },
    ];

    expect(collectFieldErrors({ errors })).toEqual({ email: 'first', password: 'too short' });
  });
});
