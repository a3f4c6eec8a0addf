import { MaxLength, MinLength, ValidateBy } from 'class-validator';

export const PASSWORD_RULES_DESCRIPTION =
  'At least 8 characters with an upper-case letter, a lower-case letter and a digit (broken rules: minLength, maxLength, lowercase, uppercase, digit).';

/** One named rule, so that `fields[].constraints` says which one is broken (the console shows it under the field). */
const contains = (name: string, pattern: RegExp) =>
  ValidateBy({ name, validator: { validate: (value: unknown) => typeof value === 'string' && pattern.test(value), defaultMessage: () => name } });

/** The rules of a chosen password, the same at sign-up and at a reset. */
export function PasswordRules(): PropertyDecorator {
  const rules = [MinLength(8), MaxLength(200), contains('lowercase', /[a-z]/), contains('uppercase', /[A-Z]/), contains('digit', /[0-9]/)];
  return (target, property) => rules.forEach((rule) => rule(target, property));
}
