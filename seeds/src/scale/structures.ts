import { certification } from '@orga-spe/api';
import { DISTRICTS, PLACES, REGION_CAPITALS, REGIONS, type Place } from './places.js';
import { emailPart, FIRST_NAMES, LAST_NAMES } from './people.js';
import { SCALE_EMAIL_DOMAIN, type ScaleParameters } from './parameters.js';
import type { Random } from './random.js';

const DAY = 24 * 3600 * 1000;

export type OrganizationType = 'MISSION_LOCALE' | 'FRANCE_TRAVAIL' | 'CAP_EMPLOI' | 'E2C' | 'EPIDE' | 'OTHER';

const NETWORK_OF: Record<OrganizationType, string | null> = {
  MISSION_LOCALE: 'UNML',
  FRANCE_TRAVAIL: 'FRANCE_TRAVAIL',
  CAP_EMPLOI: 'CHEOPS',
  E2C: 'RESEAU_E2C',
  EPIDE: 'EPIDE',
  OTHER: null,
};

/** Shares of the national service's structures (agencies, missions locales, …), roughly. */
const TYPE_WEIGHTS: [OrganizationType, number][] = [
  ['FRANCE_TRAVAIL', 45], ['MISSION_LOCALE', 30], ['CAP_EMPLOI', 7], ['E2C', 8], ['EPIDE', 2], ['OTHER', 8],
];

export interface Organization {
  id: string;
  name: string;
  type: OrganizationType;
  networkCode: string | null;
  parentId: string | null;
  externalId: string | null;
  siret: string;
  street: string;
  place: Place;
  isCertificationCenter: boolean;
  createdAt: number;
  /** A regional France Travail direction (parent of the agencies of its region). */
  isDirection: boolean;
}

export interface User {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  createdAt: number;
  lastLoggedAt: number | null;
}

export interface Membership {
  id: string;
  organizationId: string;
  userId: string;
  role: 'ADMIN' | 'MEMBER';
  createdAt: number;
}

export interface Campaign {
  id: string;
  organizationId: string;
  type: 'ASSESSMENT' | 'PROFILES_COLLECTION';
  name: string;
  code: string;
  title: string | null;
  welcomeText: string | null;
  externalIdLabel: string | null;
  externalIdType: 'STRING' | 'EMAIL' | null;
  multipleSendings: boolean;
  targetProfileId: string | null;
  ownerId: string;
  creatorId: string;
  createdAt: number;
  archivedAt: number | null;
  participationsCount: number;
  /** Active, no identifier, no multiple sendings: offered to the benchmark's fresh accounts. */
  isJoinable: boolean;
}

export interface Structures {
  organizations: Organization[];
  advisors: User[];
  memberships: Membership[];
  campaigns: Campaign[];
  admin: User;
  bigOrganization: Organization;
  bigCampaign: Campaign;
  joinableCampaigns: Campaign[];
}

/**
 * Organisations (index 0: the big one, the Île-de-France France Travail direction), their teams
 * and campaigns, with how many participations each campaign gets. `takenCodes` holds codes the
 * database already has (only with --force).
 */
export function planStructures(random: Random, parameters: ScaleParameters, takenCodes: ReadonlySet<string>): Structures {
  const asOf = Date.parse(parameters.asOf);
  const organizations = planOrganizations(random, parameters.organizations, asOf);
  const { advisors, memberships, teams } = planTeams(random, organizations, asOf);
  const campaigns = planCampaigns(random, parameters, organizations, teams, asOf, new Set(takenCodes));
  return {
    organizations,
    advisors,
    memberships,
    campaigns,
    admin: advisors[0]!,
    bigOrganization: organizations[0]!,
    bigCampaign: campaigns[0]!,
    joinableCampaigns: campaigns.filter((campaign) => campaign.isJoinable),
  };
}

function planOrganizations(random: Random, count: number, asOf: number): Organization[] {
  const names = new Set<string>();
  const organizations: Organization[] = [];
  const directions = new Map<string, Organization>();
  const add = (type: OrganizationType, place: Place, isDirection: boolean) => {
    const organization: Organization = {
      id: random.uuid(),
      name: uniqueName(random, names, type, place, isDirection),
      type,
      networkCode: NETWORK_OF[type],
      parentId: type === 'FRANCE_TRAVAIL' && !isDirection ? directions.get(place.region)?.id ?? null : null,
      externalId: type === 'FRANCE_TRAVAIL' ? `${place.postalCode.slice(0, 2)}${String(random.int(1000)).padStart(3, '0')}` : null,
      siret: siret(random),
      street: `${random.between(1, 180)} ${random.pick(STREETS)}`,
      place,
      isCertificationCenter: (type === 'EPIDE' || type === 'E2C') && random.chance(0.4),
      createdAt: asOf - random.between(400, 1800) * DAY,
      isDirection,
    };
    if (isDirection) directions.set(place.region, organization);
    organizations.push(organization);
  };
  add('FRANCE_TRAVAIL', capital('Île-de-France'), true);
  // The other regional directions, once there are enough agencies for them to make sense.
  if (count >= 100) for (const region of REGIONS.filter((name) => name !== 'Île-de-France')) add('FRANCE_TRAVAIL', capital(region), true);
  // One of each other type first, so that even a small dataset has all six.
  const firstTypes: OrganizationType[] = ['MISSION_LOCALE', 'CAP_EMPLOI', 'E2C', 'EPIDE', 'OTHER', 'FRANCE_TRAVAIL'];
  while (organizations.length < count) {
    const type = firstTypes.shift() ?? random.weighted(TYPE_WEIGHTS);
    add(type, random.pick(PLACES), false);
  }
  return organizations.slice(0, count);
}

export function capital(region: string): Place {
  return PLACES.find((place) => place.city === REGION_CAPITALS[region])!;
}

const STREETS = ['rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo', 'boulevard Gambetta', 'rue Pasteur', 'avenue de la Gare', 'rue du Général de Gaulle', 'place de la Mairie', 'rue des Écoles', 'allée des Tilleuls'];

function uniqueName(random: Random, taken: Set<string>, type: OrganizationType, place: Place, isDirection: boolean): string {
  const base = baseName(random, type, place, isDirection);
  let name = base;
  for (let attempt = 0; taken.has(name); attempt += 1) {
    name = attempt < DISTRICTS.length ? `${base} ${DISTRICTS[attempt]}` : `${base} ${attempt - DISTRICTS.length + 2}`;
  }
  taken.add(name);
  return name;
}

function baseName(random: Random, type: OrganizationType, place: Place, isDirection: boolean): string {
  const of = /^[AEIOUYÉÈÂ]/i.test(place.city) ? `d'${place.city}` : `de ${place.city}`;
  switch (type) {
    case 'FRANCE_TRAVAIL':
      return isDirection ? `France Travail – Direction régionale ${place.region}` : `France Travail ${place.city}`;
    case 'MISSION_LOCALE':
      return `Mission Locale ${of}`;
    case 'CAP_EMPLOI':
      return `Cap emploi ${place.postalCode.slice(0, 2)}`;
    case 'E2C':
      return `École de la 2e Chance ${of}`;
    case 'EPIDE':
      return `EPIDE ${place.city}`;
    case 'OTHER':
      return `${random.pick(['PLIE', "Maison de l'emploi", 'Structure d’insertion', 'Chantier d’insertion', 'Centre social'])} ${of}`;
  }
}

/** 14 digits passing the Luhn check, as a SIRET does. */
export function siret(random: Random): string {
  const digits = Array.from({ length: 13 }, () => random.int(10));
  const sum = (all: number[]) =>
    all.reduceRight((total, digit, index) => {
      const fromRight = all.length - 1 - index;
      const value = fromRight % 2 === 1 ? digit * 2 : digit;
      return total + (value > 9 ? value - 9 : value);
    }, 0);
  const check = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((digit) => sum([...digits, digit]) % 10 === 0)!;
  return [...digits, check].join('');
}

export const TEAM_SIZES: Record<OrganizationType, [number, number]> = {
  FRANCE_TRAVAIL: [4, 14], MISSION_LOCALE: [3, 10], CAP_EMPLOI: [2, 6], E2C: [2, 6], EPIDE: [3, 8], OTHER: [1, 4],
};

function planTeams(random: Random, organizations: Organization[], asOf: number) {
  const advisors: User[] = [];
  const memberships: Membership[] = [];
  const teams = new Map<string, string[]>();
  organizations.forEach((organization, index) => {
    const [min, max] = organization.isDirection ? [3, 6] : TEAM_SIZES[organization.type];
    const size = index === 0 ? 40 : random.between(min, max);
    const team: string[] = [];
    for (let rank = 0; rank < size; rank += 1) {
      const firstName = index === 0 && rank === 0 ? 'Sophie' : random.pick(FIRST_NAMES);
      const lastName = index === 0 && rank === 0 ? 'Marchand' : random.pick(LAST_NAMES);
      const createdAt = organization.createdAt + random.between(0, 300) * DAY;
      const user: User = {
        id: random.uuid(),
        // The big organisation's first admin has a short address: the benchmark signs in with it.
        email: index === 0 && rank === 0 ? `admin@${SCALE_EMAIL_DOMAIN}` : `${emailPart(firstName)}.${emailPart(lastName)}.c${advisors.length + 1}@${SCALE_EMAIL_DOMAIN}`,
        firstName,
        lastName,
        createdAt,
        lastLoggedAt: random.chance(0.8) ? asOf - random.between(1, 60 * 24) * 60_000 * 60 : null,
      };
      advisors.push(user);
      team.push(user.id);
      memberships.push({ id: random.uuid(), organizationId: organization.id, userId: user.id, role: rank === 0 || random.chance(0.12) ? 'ADMIN' : 'MEMBER', createdAt });
    }
    teams.set(organization.id, team);
  });
  return { advisors, memberships, teams };
}

type PlannedCampaign = Campaign;

/** Campaign weights by kind of structure: agencies run the most, directions few of their own. */
const CAMPAIGN_WEIGHT: Record<OrganizationType, number> = { FRANCE_TRAVAIL: 1.5, MISSION_LOCALE: 1, CAP_EMPLOI: 0.6, E2C: 0.7, EPIDE: 0.8, OTHER: 0.4 };
const JOINABLE_CAMPAIGNS = 20;

function planCampaigns(random: Random, parameters: ScaleParameters, organizations: Organization[], teams: Map<string, string[]>, asOf: number, codes: Set<string>): PlannedCampaign[] {
  const others = organizations.slice(1);
  const perOrganization = others.length
    ? allocate(parameters.campaigns - parameters.bigOrganizationCampaigns, others.map((organization) => (organization.isDirection ? 0.3 : CAMPAIGN_WEIGHT[organization.type]) * Math.exp(random.normal() * 0.6)))
    : [];
  const campaigns: PlannedCampaign[] = [];
  const joinable = Math.min(JOINABLE_CAMPAIGNS, parameters.campaigns - 1);
  const plan = (organization: Organization, count: number) => {
    for (let rank = 0; rank < count; rank += 1) {
      const kind = campaigns.length === 0 ? 'big' : campaigns.length <= joinable ? 'joinable' : 'any';
      campaigns.push(planCampaign(random, organization, teams.get(organization.id)!, kind, asOf, codes));
    }
  };
  plan(organizations[0]!, parameters.bigOrganizationCampaigns);
  others.forEach((organization, index) => plan(organization, perOrganization[index]!));

  // The big campaign has its share; the others split the rest, a few big, most small.
  campaigns[0]!.participationsCount = parameters.bigCampaignParticipations;
  const rest = allocate(
    parameters.participations - parameters.bigCampaignParticipations,
    campaigns.slice(1).map((campaign) => Math.exp(random.normal() * 1.2) * (campaign.type === 'PROFILES_COLLECTION' ? 0.5 : 1)),
  );
  rest.forEach((count, index) => (campaigns[index + 1]!.participationsCount = count));
  return campaigns;
}

/** Splits `total` in proportion to `weights`, exactly (cumulative rounding). */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let given = 0;
  return weights.map((weight) => {
    cumulative += weight;
    const upTo = sum > 0 ? Math.round((total * cumulative) / sum) : 0;
    const share = upTo - given;
    given = upTo;
    return share;
  });
}

const DIAGNOSTIC = certification.PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID;
const CLEA = certification.PIX_EMPLOI_CLEA_TARGET_PROFILE_ID;
const COMPETENCES = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const GROUPS = ['Atelier numérique', 'Accueil collectif', 'Promo', 'Session', 'Groupe Garantie jeunes', 'CEJ', 'Parcours emploi', 'Atelier CV en ligne', 'Réunion d’information', 'Entrée en formation'];
const WELCOME_TEXTS = [
  'Bienvenue ! Ce test dure **environ 45 minutes**. Installez-vous au calme, vous pouvez faire une pause à tout moment.',
  'Bonjour,\n\nVotre conseiller vous propose ce parcours pour faire le point sur vos compétences numériques.\n\n- répondez sans chercher sur Internet\n- *il n’y a pas de piège*',
  'Ce diagnostic nous aide à vous proposer **la formation la plus adaptée**. Merci de le terminer avant votre prochain rendez-vous.',
];

export function planCampaign(random: Random, organization: Organization, team: string[], kind: 'big' | 'joinable' | 'any', asOf: number, codes: Set<string>): PlannedCampaign {
  const type = kind === 'any' && random.chance(0.1) ? 'PROFILES_COLLECTION' : 'ASSESSMENT';
  const targetProfileId =
    type === 'PROFILES_COLLECTION' ? null
    : kind === 'big' ? DIAGNOSTIC
    : random.weighted<string>([[DIAGNOSTIC, 60], [CLEA, 30], [certification.competenceTargetProfileId(random.pick(COMPETENCES)), 10]]);
  const createdAt = kind === 'big' ? asOf - 420 * DAY : asOf - random.between(2, 900) * DAY - random.int(DAY);
  const date = new Date(createdAt);
  const cohort = `${random.pick(GROUPS)} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  const name =
    type === 'PROFILES_COLLECTION' ? `Collecte de profils – ${cohort}`
    : targetProfileId === DIAGNOSTIC ? `Diagnostic Pix emploi – ${kind === 'big' ? 'Île-de-France, tous publics' : cohort}`
    : targetProfileId === CLEA ? `Parcours CléA numérique – ${cohort}`
    : `Positionnement compétence – ${cohort}`;
  const plain = kind !== 'any';
  const externalId = plain || random.chance(0.6) ? null : organization.type === 'FRANCE_TRAVAIL' ? (['Identifiant France Travail', 'STRING'] as const) : organization.type === 'MISSION_LOCALE' ? (['Numéro i-milo', 'STRING'] as const) : (['Adresse e-mail', 'EMAIL'] as const);
  const archivedAt = !plain && random.chance(0.15) ? createdAt + random.between(60, 400) * DAY : null;
  const ownerId = random.pick(team);
  return {
    id: random.uuid(),
    organizationId: organization.id,
    type,
    name,
    code: campaignCode(random, codes),
    title: type === 'ASSESSMENT' && random.chance(0.3) ? (targetProfileId === CLEA ? 'Préparez le CléA numérique' : 'Faites le point sur le numérique') : null,
    welcomeText: random.chance(0.2) ? random.pick(WELCOME_TEXTS) : null,
    externalIdLabel: externalId?.[0] ?? null,
    externalIdType: externalId?.[1] ?? null,
    multipleSendings: !plain && random.chance(0.15),
    targetProfileId,
    ownerId,
    creatorId: random.chance(0.8) ? ownerId : random.pick(team),
    createdAt,
    archivedAt: archivedAt !== null && archivedAt < asOf - DAY ? archivedAt : null,
    participationsCount: 0,
    isJoinable: kind === 'joinable',
  };
}

const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_DIGITS = '23456789';

/** The guide's format (6 letters without I, L, O, then 3 digits from 2 to 9), unique. */
function campaignCode(random: Random, codes: Set<string>): string {
  for (;;) {
    let code = '';
    for (let index = 0; index < 6; index += 1) code += CODE_LETTERS[random.int(CODE_LETTERS.length)];
    for (let index = 0; index < 3; index += 1) code += CODE_DIGITS[random.int(CODE_DIGITS.length)];
    if (!codes.has(code)) {
      codes.add(code);
      return code;
    }
  }
}
