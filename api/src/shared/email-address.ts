import { isEmail } from 'class-validator';

/**
 * The one test of an e-mail address (validator.js's, as the GraphQL inputs' @IsEmail). Domains
 * receive it through their dependencies: domain/ does not import the validation library.
 */
export function isEmailAddress(value: string): boolean {
  return isEmail(value);
}
