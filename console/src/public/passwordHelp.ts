import type { PasswordRule } from './signUpErrors';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Under a new-password field: the rules, or the ones the password breaks. */
export function passwordHelp(translate: Translate, broken?: PasswordRule[]): string {
  const label = (rule: PasswordRule) => translate(`orga.account.rules.${rule}`);
  if (broken?.length) return translate('orga.account.rules.missing', { rules: broken.map(label).join(', ') });
  return `${translate('orga.account.rules.intro')} ${(['minLength', 'lowercase', 'uppercase', 'digit'] as const).map(label).join(', ')}.`;
}
