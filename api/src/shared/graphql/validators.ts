import { isEmail, ValidateBy, type ValidationOptions } from 'class-validator';

/** People paste addresses with spaces and capitals; they are valid once normalised. */
export function IsEmailOnceTrimmed(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmail',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isEmail(value.trim().toLowerCase()),
        defaultMessage: () => '$property must be an e-mail address',
      },
    },
    options,
  );
}
