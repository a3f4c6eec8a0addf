/**
 * What to say under each field of a sign-up or new-password form: the rules the password breaks
 * (checked here as the API checks them, and read back from the API's `fields`), an e-mail already
 * used, a malformed address. Keys of `orga.account.*`.
 */
export const PASSWORD_RULES = ['minLength', 'lowercase', 'uppercase', 'digit'] as const;
export type PasswordRule = (typeof PASSWORD_RULES)[number] | 'maxLength';

const CHECKS: Record<PasswordRule, (password: string) => boolean> = {
  minLength: (password) => password.length >= 8,
  maxLength: (password) => password.length <= 200,
  lowercase: (password) => /[a-z]/.test(password),
  uppercase: (password) => /[A-Z]/.test(password),
  digit: (password) => /[0-9]/.test(password),
};

/** The rules this password breaks, in the order they are listed to the person. */
export function brokenPasswordRules(password: string): PasswordRule[] {
  return (['minLength', 'lowercase', 'uppercase', 'digit', 'maxLength'] as const).filter((rule) => !CHECKS[rule](password));
}

export type SignUpField = 'email' | 'password' | 'firstName' | 'lastName';

/** One message per field: a translation key and, for the password, the broken rules. */
export type FieldProblems = Partial<Record<SignUpField, { key: string; rules?: PasswordRule[] }>>;

interface ApiField {
  field: string;
  constraints: string[];
}

/** The field problems an API error names; null when it names none (then say the error itself). */
export function fieldProblemsOf(error: unknown): FieldProblems | null {
  const { code, extensions } = (error ?? {}) as { code?: string; extensions?: { fields?: ApiField[] } };
  if (code === 'EMAIL_ALREADY_USED') return { email: { key: 'orga.account.fields.emailTaken' } };
  if (code !== 'BAD_USER_INPUT' || !Array.isArray(extensions?.fields)) return null;
  const problems: FieldProblems = {};
  for (const { field, constraints } of extensions.fields) {
    const name = field.split('.').pop() as SignUpField;
    if (name === 'email') problems.email = { key: 'orga.account.fields.emailInvalid' };
    else if (name === 'password') {
      const rules = constraints.filter((rule): rule is PasswordRule => rule in CHECKS);
      problems.password = { key: 'orga.account.rules.missing', rules: rules.length ? rules : [...PASSWORD_RULES] };
    } else if (name === 'firstName' || name === 'lastName') problems[name] = { key: 'orga.account.fields.required' };
  }
  return Object.keys(problems).length ? problems : null;
}
