import { describe, expect, it } from 'vitest';
import { parseProblem } from './api-problem';
import type { Translate } from './i18n';
import { describeError } from './problem-message';

const t: Translate = (key) => `<${key}>`;

describe('describeError', () => {
  it('translates known problem codes and keeps the trace id', () => {
    const problem = parseProblem(409, { code: 'email-taken', title: 'E-mail taken', traceId: 't1' });

    expect(describeError(problem, t)).toEqual({ title: '<error.emailTaken>', detail: undefined, traceId: 't1' });
  });

  it('translates better-auth sign-in failures', () => {
    const problem = parseProblem(401, { code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid' });

    expect(describeError(problem, t).title).toBe('<auth.invalidCredentials>');
  });

  it('shows title and detail of other client problems', () => {
    const problem = parseProblem(422, { code: 'definition-invalid', title: 'Has errors', detail: 'Node 3' });

    expect(describeError(problem, t)).toEqual({ title: 'Has errors', detail: 'Node 3', traceId: undefined });
  });

  it('hides server failures behind a generic message', () => {
    const problem = parseProblem(500, { code: 'internal', title: 'Internal Server Error', traceId: 't9' });

    expect(describeError(problem, t)).toEqual({ title: '<error.title>', detail: '<error.unexpected>', traceId: 't9' });
  });

  it('never shows the message of an unexpected error', () => {
    expect(describeError(new TypeError('x is undefined'), t).detail).toBe('<error.unexpected>');
  });
});
