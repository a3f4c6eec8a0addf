import { describe, expect, it } from 'vitest';
import { brokenPasswordRules, fieldProblemsOf } from './signUpErrors';

describe('sign-up field errors', () => {
  it('name each rule a password breaks', () => {
    expect(brokenPasswordRules('court')).toEqual(['minLength', 'uppercase', 'digit']);
    expect(brokenPasswordRules('Pix-emploi-2026')).toEqual([]);
  });

  it('put an e-mail already used under the e-mail field', () => {
    expect(fieldProblemsOf({ code: 'EMAIL_ALREADY_USED' })).toEqual({ email: { key: 'orga.account.fields.emailTaken' } });
  });

  it("read the API's broken rules field by field", () => {
    const error = { code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'password', constraints: ['uppercase', 'digit'] }, { field: 'input.email', constraints: ['isEmail'] }] } };
    expect(fieldProblemsOf(error)).toEqual({
      password: { key: 'orga.account.rules.missing', rules: ['uppercase', 'digit'] },
      email: { key: 'orga.account.fields.emailInvalid' },
    });
  });

  it('name no field for another error', () => {
    expect(fieldProblemsOf({ code: 'NETWORK_ERROR' })).toBeNull();
  });
});
