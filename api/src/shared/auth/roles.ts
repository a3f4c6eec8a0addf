import { SupportRole } from './principal.js';

/**
 * Names given to `@Authorized(...)`. No name: any signed-in user. `ENGINE`: the trusted assessment
 * engine. `USER`: any signed-in user (to name beside `PARTNER`). `PARTNER`: a partner network's API client (its scopes are checked by each use case). A
 * support role name: a user holding it (SUPER_ADMIN always qualifies).
 */
export const Role = {
  ENGINE: 'ENGINE',
  PARTNER: 'PARTNER',
  /** Any signed-in user, beside another name (`@Authorized(Role.USER, Role.PARTNER)`). */
  USER: 'USER',
  ...SupportRole,
} as const;
export type RoleName = (typeof Role)[keyof typeof Role];
