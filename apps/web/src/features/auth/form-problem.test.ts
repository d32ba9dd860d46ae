import { describe, expect, it } from 'vitest';
import { parseProblem } from '../../lib/api-problem';
import { splitFormProblem } from './form-problem';

describe('splitFormProblem', () => {
  it('puts errors next to the fields their pointers name', () => {
    const problem = parseProblem(400, {
      code: 'validation-failed',
      errors: [
        { pointer: '/email', message: 'Invalid email' },
        { pointer: '/password', message: 'Too short' },
        { pointer: '/captcha', message: 'Missing captcha' },
        { pointer: '', message: 'Form expired' },
      ],
    });

    const result = splitFormProblem(problem, ['email', 'password', 'name'] as const);

    expect(result).toEqual({
      fieldErrors: { email: 'Invalid email', password: 'Too short' },
      otherErrors: ['Missing captcha', 'Form expired'],
    });
  });

  it('has nothing to place for errors that are not problems', () => {
    expect(splitFormProblem(new Error('x'), ['email'])).toEqual({ fieldErrors: {}, otherErrors: [] });
  });
});
