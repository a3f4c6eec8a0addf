import { registerEnumType } from 'type-graphql';
import { SupportRole } from '../../shared/auth/principal.js';

registerEnumType(SupportRole, {
  name: 'SupportRole',
  description: 'Role of a support agent: SUPER_ADMIN (everything), SUPPORT, METIER, CERTIF (read-only eligibility).',
});

export { SupportRole };
