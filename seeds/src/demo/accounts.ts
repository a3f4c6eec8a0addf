import { SupportRole } from '@orga-spe/api';

/** Every demo account shares this password (it satisfies the sign-up rules). */
export const DEMO_PASSWORD = 'Pix-emploi-2026';

export interface DemoAccount {
  email: string;
  firstName: string;
  lastName: string;
  supportRole: SupportRole | null;
  /** What the person is for in the demo, printed at start. */
  purpose: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'lea.martin@demo.orga-spe.fr', firstName: 'Léa', lastName: 'Martin', supportRole: null, purpose: 'conseillère' },
  { email: 'karim.benali@demo.orga-spe.fr', firstName: 'Karim', lastName: 'Benali', supportRole: null, purpose: 'administrateur de structure' },
  { email: 'support.admin@demo.orga-spe.fr', firstName: 'Claire', lastName: 'Dubois', supportRole: SupportRole.SUPER_ADMIN, purpose: 'support (SUPER_ADMIN)' },
  { email: 'support@demo.orga-spe.fr', firstName: 'Hugo', lastName: 'Lefèvre', supportRole: SupportRole.SUPPORT, purpose: 'support (SUPPORT)' },
  { email: 'metier@demo.orga-spe.fr', firstName: 'Inès', lastName: 'Moreau', supportRole: SupportRole.METIER, purpose: 'support (METIER)' },
  { email: 'certif@demo.orga-spe.fr', firstName: 'Paul', lastName: 'Girard', supportRole: SupportRole.CERTIF, purpose: 'support (CERTIF)' },
];
