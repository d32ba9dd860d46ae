import { describe, expect, it } from 'vitest';
import { validateSignIn, validateSignUp } from './auth-validation';

const validSignUp = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'analytical', accountName: 'Engines' };

describe('validateSignUp', () => {
  it('accepts a complete form', () => {
    expect(validateSignUp(validSignUp)).toEqual({});
  });

  it('asks for every empty field', () => {
    const errors = validateSignUp({ name: ' ', email: '', password: '', accountName: '' });

    expect(errors).toEqual({
      name: 'validation.required',
      email: 'validation.required',
      password: 'validation.required',
      accountName: 'validation.required',
    });
  });

  it.each(['ada', 'ada@', '@example.com', 'ada@example', 'a da@example.com'])('rejects the e-mail %j', (email) => {
    expect(validateSignUp({ ...validSignUp, email }).email).toBe('validation.email');
  });

  it('wants passwords of at least 8 characters', () => {
    expect(validateSignUp({ ...validSignUp, password: '1234567' }).password).toBe('validation.passwordLength');
    expect(validateSignUp({ ...validSignUp, password: '12345678' }).password).toBeUndefined();
  });
});

describe('validateSignIn', () => {
  it('does not check the password length (old passwords may be shorter)', () => {
    expect(validateSignIn({ email: 'ada@example.com', password: 'x' })).toEqual({});
  });

  it('asks for e-mail and password', () => {
    expect(validateSignIn({ email: '', password: '' })).toEqual({ email: 'validation.required', password: 'validation.required' });
  });
});
