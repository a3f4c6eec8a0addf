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
  /** Demo organisation keys and the role held there. */
  memberships?: { organization: string; role: 'ADMIN' | 'MEMBER' }[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'lea.martin@demo.orga-spe.fr', firstName: 'Léa', lastName: 'Martin', supportRole: null, purpose: 'conseillère, Mission Locale de Limoges', memberships: [{ organization: 'ml-limoges', role: 'MEMBER' }] },
  { email: 'karim.benali@demo.orga-spe.fr', firstName: 'Karim', lastName: 'Benali', supportRole: null, purpose: 'administrateur, Mission Locale de Limoges et Cap emploi 87', memberships: [{ organization: 'ml-limoges', role: 'ADMIN' }, { organization: 'cap-87', role: 'ADMIN' }] },
  { email: 'nathalie.roux@demo.orga-spe.fr', firstName: 'Nathalie', lastName: 'Roux', supportRole: null, purpose: 'administratrice, France Travail Limoges Nord', memberships: [{ organization: 'ft-limoges', role: 'ADMIN' }] },
  { email: 'samir.haddad@demo.orga-spe.fr', firstName: 'Samir', lastName: 'Haddad', supportRole: null, purpose: 'administrateur, E2C Marseille', memberships: [{ organization: 'e2c-marseille', role: 'ADMIN' }] },
  { email: 'sophie.garcia@demo.orga-spe.fr', firstName: 'Sophie', lastName: 'Garcia', supportRole: null, purpose: 'conseillère, France Travail Limoges Nord', memberships: [{ organization: 'ft-limoges', role: 'MEMBER' }] },
  { email: 'thomas.lefebvre@demo.orga-spe.fr', firstName: 'Thomas', lastName: 'Lefebvre', supportRole: null, purpose: 'administrateur, EPIDE Bordeaux-Blanquefort', memberships: [{ organization: 'epide-bordeaux', role: 'ADMIN' }] },
  { email: 'julie.petit@demo.orga-spe.fr', firstName: 'Julie', lastName: 'Petit', supportRole: null, purpose: "demande d'espace en attente (EPIDE)" },
  { email: 'support.admin@demo.orga-spe.fr', firstName: 'Claire', lastName: 'Dubois', supportRole: SupportRole.SUPER_ADMIN, purpose: 'support (SUPER_ADMIN)' },
  { email: 'support@demo.orga-spe.fr', firstName: 'Hugo', lastName: 'Lefèvre', supportRole: SupportRole.SUPPORT, purpose: 'support (SUPPORT)' },
  { email: 'metier@demo.orga-spe.fr', firstName: 'Inès', lastName: 'Moreau', supportRole: SupportRole.METIER, purpose: 'support (METIER)' },
  { email: 'certif@demo.orga-spe.fr', firstName: 'Paul', lastName: 'Girard', supportRole: SupportRole.CERTIF, purpose: 'support (CERTIF)' },
  // Participants sign up to take a test: these three let a reviewer see the participant's side.
  { email: 'mehdi.bouzid@demo.orga-spe.fr', firstName: 'Mehdi', lastName: 'Bouzid', supportRole: null, purpose: 'participant : badge CléA, profil certifiable, tout partagé (CAPNUM287, PARTAG287)' },
  { email: 'ambre.colin@demo.orga-spe.fr', firstName: 'Ambre', lastName: 'Colin', supportRole: null, purpose: 'participante : parcours CléA fini, résultats à partager (CAPNUM287)' },
  { email: 'jade.bonnet@demo.orga-spe.fr', firstName: 'Jade', lastName: 'Bonnet', supportRole: null, purpose: '« Je retente » : 2e envoi du diagnostic à partager (JEUNES287)' },
];
