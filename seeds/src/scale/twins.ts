import { emailPart, FIRST_NAMES, LAST_NAMES } from './people.js';
import { SCALE_EMAIL_DOMAIN, type ScaleParameters } from './parameters.js';
import type { Random } from './random.js';
import { allocate, capital, planCampaign, siret, type Structures } from './structures.js';

const DAY = 24 * 3600 * 1000;
/** The small twin of the big organisation has this many campaigns, the twin campaign among them. */
export const TWIN_ORGANIZATION_CAMPAIGNS = 20;
/** Participations of the twin campaign (fewer only if the big campaign itself is smaller). */
export const TWIN_CAMPAIGN_PARTICIPATIONS = 1_000;
/** The twins' own random stream: adding them leaves every other row of a seed as it was. */
export const TWIN_STREAM = 2;
/** In the twins' people's e-mail addresses, so that they never meet the main dataset's. */
export const TWIN_EMAIL_TAG = 'j';

/**
 * The small twins the bench measures beside the big ones (big / small must stay close when the
 * cost does not grow with size): an organisation built like the big one (a France Travail
 * direction, a team of 40, its first member an ADMIN with a short address) with 20 campaigns, the
 * first built like the big campaign (the same profile, active, no identifier, one sending; its
 * participations get the same status mix from the same code) with 1,000 participations; the other
 * 19 as any campaign, with the dataset's mean participations per campaign between them.
 */
export function planTwins(random: Random, parameters: ScaleParameters, codes: Set<string>): Structures {
  const asOf = Date.parse(parameters.asOf);
  const place = capital('Île-de-France');
  const organization = {
    id: random.uuid(),
    name: 'France Travail – Direction territoriale de Paris',
    type: 'FRANCE_TRAVAIL' as const,
    networkCode: 'FRANCE_TRAVAIL',
    parentId: null,
    externalId: `75${String(random.int(1000)).padStart(3, '0')}`,
    siret: siret(random),
    street: `${random.between(1, 180)} rue de la République`,
    place,
    isCertificationCenter: false,
    createdAt: asOf - random.between(400, 1800) * DAY,
    isDirection: true,
  };
  const advisors: Structures['advisors'] = [];
  const memberships: Structures['memberships'] = [];
  for (let rank = 0; rank < 40; rank += 1) {
    const firstName = rank === 0 ? 'Karim' : random.pick(FIRST_NAMES);
    const lastName = rank === 0 ? 'Benali' : random.pick(LAST_NAMES);
    const createdAt = organization.createdAt + random.between(0, 300) * DAY;
    const user = {
      id: random.uuid(),
      email: rank === 0 ? `admin.jumeau@${SCALE_EMAIL_DOMAIN}` : `${emailPart(firstName)}.${emailPart(lastName)}.${TWIN_EMAIL_TAG}c${rank + 1}@${SCALE_EMAIL_DOMAIN}`,
      firstName,
      lastName,
      createdAt,
      lastLoggedAt: random.chance(0.8) ? asOf - random.between(1, 60 * 24) * 60_000 * 60 : null,
    };
    advisors.push(user);
    memberships.push({ id: random.uuid(), organizationId: organization.id, userId: user.id, role: rank === 0 || random.chance(0.12) ? 'ADMIN' : 'MEMBER', createdAt });
  }
  const team = advisors.map((user) => user.id);
  const campaigns = Array.from({ length: TWIN_ORGANIZATION_CAMPAIGNS }, (_, rank) => planCampaign(random, organization, team, rank === 0 ? 'big' : 'any', asOf, codes));
  const twin = campaigns[0]!;
  twin.name = 'Diagnostic Pix emploi – Paris, tous publics';
  twin.participationsCount = Math.min(TWIN_CAMPAIGN_PARTICIPATIONS, parameters.bigCampaignParticipations);
  const meanPerCampaign = (parameters.participations - parameters.bigCampaignParticipations) / Math.max(parameters.campaigns - 1, 1);
  const others = allocate(
    Math.round(meanPerCampaign * (TWIN_ORGANIZATION_CAMPAIGNS - 1)),
    campaigns.slice(1).map((campaign) => Math.exp(random.normal() * 1.2) * (campaign.type === 'PROFILES_COLLECTION' ? 0.5 : 1)),
  );
  others.forEach((count, index) => (campaigns[index + 1]!.participationsCount = count));
  return { organizations: [organization], advisors, memberships, campaigns, admin: advisors[0]!, bigOrganization: organization, bigCampaign: twin, joinableCampaigns: [] };
}
