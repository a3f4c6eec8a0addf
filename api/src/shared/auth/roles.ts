import { SupportRole } from './principal.js';

/**
 * Names given to `@Authorized(...)`. No name: any signed-in user. `ENGINE`: the trusted assessment
 * engine. A support role name: a user holding it (SUPER_ADMIN always qualifies).
 */
export const Role = {
  ENGINE: 'ENGINE',
  ...SupportRole,
} as const;
export type RoleName = (typeof Role)[keyof typeof Role];
