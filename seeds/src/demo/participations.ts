/** Where a participation stops: "en cours de test", "en attente", "résultats reçus". */
export type DemoStage = 'STARTED' | 'TO_SHARE' | 'SHARED';

export interface DemoParticipation {
  /** E-mail of the participant (a demo account or one of DEMO_PARTICIPANTS). */
  person: string;
  campaign: string;
  stage: DemoStage;
  /**
   * Share of the target profile's skills the engine reports as validated (assessments). Chosen
   * away from the band limits so that each person lands in a known band of the guide. A profiles
   * collection records nothing: it freezes what the person did before.
   */
  masteryRate?: number;
  startedDaysAgo: number;
  /** When the results are shared, if not at the end of the test. */
  sharedDaysAgo?: number;
  externalId?: string;
  /** "Je retente" on a multiple-sendings campaign: a second participation after sharing. */
  retry?: { startedDaysAgo: number; stage: DemoStage; masteryRate: number };
}

/** Participants without a listed demo account (they have the demo password all the same). */
export const DEMO_PARTICIPANTS = [
  ['Emma', 'Laurent'], ['Lucas', 'Fournier'], ['Chloé', 'Mercier'], ['Nathan', 'Blanc'], ['Manon', 'Faure'], ['Yanis', 'Chevalier'],
  ['Sarah', 'Lambert'], ['Théo', 'Rousseau'], ['Clara', 'Perrin'], ['Louis', 'Morin'], ['Anaïs', 'Dupuis'], ['Kevin', 'Lemoine'],
  ['Rayan', 'Meyer'], ['Léna', 'Roger'], ['Tom', 'Gauthier'], ['Zoé', 'Aubert'], ['Patrick', 'Renaud'], ['Sandrine', 'Caron'],
  ['Farid', 'Mansouri'], ['Moussa', 'Diallo'], ['Lisa', 'Marchand'], ['Enzo', 'Fabre'], ['Kylian', 'Poirier'], ['Maëlys', 'Barbier'],
].map(([firstName, lastName]) => ({ firstName: firstName!, lastName: lastName!, email: participantEmail(firstName!, lastName!) }));

export function participantEmail(firstName: string, lastName: string): string {
  const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return `${plain(firstName)}.${plain(lastName)}@participants.demo.orga-spe.fr`;
}

const person = (firstName: string, lastName: string) => participantEmail(firstName, lastName);

/**
 * Grouped by campaign, in the order of DEMO_CAMPAIGNS. Diagnostic initial has 27 skills, the CléA
 * profile 112: the rates below give, e.g., 25/27 (above 80 %) or 106/112 (the CléA badge).
 */
export const DEMO_PARTICIPATIONS: DemoParticipation[] = [
  // Mission Locale, archived autumn session.
  { person: person('Léna', 'Roger'), campaign: 'ml-autumn-diagnostic', stage: 'SHARED', masteryRate: 0.85, startedDaysAgo: 140 },
  { person: person('Tom', 'Gauthier'), campaign: 'ml-autumn-diagnostic', stage: 'SHARED', masteryRate: 0.52, startedDaysAgo: 130, sharedDaysAgo: 128 },
  { person: person('Zoé', 'Aubert'), campaign: 'ml-autumn-diagnostic', stage: 'STARTED', masteryRate: 0.4, startedDaysAgo: 120 },

  // Mission Locale, Diagnostic initial with identifier and multiple sendings: every status and band.
  { person: person('Emma', 'Laurent'), campaign: 'ml-diagnostic', stage: 'SHARED', masteryRate: 0.93, startedDaysAgo: 50, externalId: '4512387K' },
  { person: person('Lucas', 'Fournier'), campaign: 'ml-diagnostic', stage: 'SHARED', masteryRate: 0.63, startedDaysAgo: 47, externalId: '3398215B' },
  { person: person('Chloé', 'Mercier'), campaign: 'ml-diagnostic', stage: 'SHARED', masteryRate: 0.3, startedDaysAgo: 45, sharedDaysAgo: 44, externalId: '5120473D' },
  { person: person('Nathan', 'Blanc'), campaign: 'ml-diagnostic', stage: 'SHARED', masteryRate: 0.74, startedDaysAgo: 38, externalId: '2287640F' },
  { person: person('Manon', 'Faure'), campaign: 'ml-diagnostic', stage: 'SHARED', masteryRate: 0.44, startedDaysAgo: 33, externalId: '6034518H' },
  {
    person: 'jade.bonnet@demo.orga-spe.fr', campaign: 'ml-diagnostic', stage: 'SHARED', masteryRate: 0.37, startedDaysAgo: 24, externalId: '4476120J',
    retry: { startedDaysAgo: 12, stage: 'TO_SHARE', masteryRate: 0.78 },
  },
  { person: person('Yanis', 'Chevalier'), campaign: 'ml-diagnostic', stage: 'TO_SHARE', masteryRate: 0.55, startedDaysAgo: 9, externalId: '3815562M' },
  { person: person('Sarah', 'Lambert'), campaign: 'ml-diagnostic', stage: 'STARTED', masteryRate: 0.6, startedDaysAgo: 3, externalId: '5582031P' },
  { person: person('Théo', 'Rousseau'), campaign: 'ml-diagnostic', stage: 'STARTED', masteryRate: 0.2, startedDaysAgo: 1, externalId: '2945877R' },

  // Mission Locale, Parcours CléA numérique: the four bands, two badges.
  { person: 'mehdi.bouzid@demo.orga-spe.fr', campaign: 'ml-clea', stage: 'SHARED', masteryRate: 0.95, startedDaysAgo: 36 },
  { person: person('Clara', 'Perrin'), campaign: 'ml-clea', stage: 'SHARED', masteryRate: 0.9, startedDaysAgo: 34 },
  { person: person('Louis', 'Morin'), campaign: 'ml-clea', stage: 'SHARED', masteryRate: 0.7, startedDaysAgo: 30, sharedDaysAgo: 29 },
  { person: person('Anaïs', 'Dupuis'), campaign: 'ml-clea', stage: 'SHARED', masteryRate: 0.45, startedDaysAgo: 27 },
  { person: person('Kevin', 'Lemoine'), campaign: 'ml-clea', stage: 'SHARED', masteryRate: 0.18, startedDaysAgo: 22 },
  { person: 'ambre.colin@demo.orga-spe.fr', campaign: 'ml-clea', stage: 'TO_SHARE', masteryRate: 0.66, startedDaysAgo: 5 },
  { person: person('Rayan', 'Meyer'), campaign: 'ml-clea', stage: 'STARTED', masteryRate: 0.5, startedDaysAgo: 2 },

  // France Travail Limoges Nord.
  { person: person('Patrick', 'Renaud'), campaign: 'ft-diagnostic', stage: 'SHARED', masteryRate: 0.67, startedDaysAgo: 25, externalId: '1187342A' },
  { person: person('Sandrine', 'Caron'), campaign: 'ft-diagnostic', stage: 'SHARED', masteryRate: 0.89, startedDaysAgo: 20, externalId: '2203958C' },
  { person: person('Farid', 'Mansouri'), campaign: 'ft-diagnostic', stage: 'TO_SHARE', masteryRate: 0.48, startedDaysAgo: 6, externalId: '3364107E' },

  // E2C Marseille.
  { person: person('Moussa', 'Diallo'), campaign: 'e2c-clea', stage: 'SHARED', masteryRate: 0.92, startedDaysAgo: 24 },
  { person: person('Lisa', 'Marchand'), campaign: 'e2c-clea', stage: 'SHARED', masteryRate: 0.52, startedDaysAgo: 20 },
  { person: person('Enzo', 'Fabre'), campaign: 'e2c-clea', stage: 'STARTED', masteryRate: 0.3, startedDaysAgo: 2 },

  // EPIDE Bordeaux-Blanquefort.
  { person: person('Kylian', 'Poirier'), campaign: 'epide-diagnostic', stage: 'SHARED', masteryRate: 0.59, startedDaysAgo: 15 },
  { person: person('Maëlys', 'Barbier'), campaign: 'epide-diagnostic', stage: 'SHARED', masteryRate: 0.22, startedDaysAgo: 14 },

  // Mission Locale, profiles collection: what the CléA and the diagnostic left in each profile.
  { person: 'mehdi.bouzid@demo.orga-spe.fr', campaign: 'ml-profiles', stage: 'SHARED', startedDaysAgo: 14, externalId: '4920316L' },
  { person: person('Louis', 'Morin'), campaign: 'ml-profiles', stage: 'SHARED', startedDaysAgo: 12, externalId: '3071284N' },
  { person: person('Kevin', 'Lemoine'), campaign: 'ml-profiles', stage: 'SHARED', startedDaysAgo: 11, externalId: '5643902Q' },
  { person: person('Lucas', 'Fournier'), campaign: 'ml-profiles', stage: 'SHARED', startedDaysAgo: 10, externalId: '3398215B' },
  { person: person('Anaïs', 'Dupuis'), campaign: 'ml-profiles', stage: 'TO_SHARE', startedDaysAgo: 4, externalId: '2718450S' },
  { person: person('Emma', 'Laurent'), campaign: 'ml-profiles', stage: 'STARTED', startedDaysAgo: 1, externalId: '4512387K' },

  // Cap emploi 87: one profile, not certifiable (a diagnostic cannot reach level 1).
  { person: person('Patrick', 'Renaud'), campaign: 'cap-profiles', stage: 'SHARED', startedDaysAgo: 8 },
];
