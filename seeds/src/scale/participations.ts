import { certification } from '@orga-spe/api';
import { emailPart, FIRST_NAMES, LAST_NAMES } from './people.js';
import { SCALE_EMAIL_DOMAIN } from './parameters.js';
import type { Random } from './random.js';
import { knowledgeElementLine, participantLine, participationLine, type ParticipationRow, type Table, userLine } from './rows.js';
import { assessmentSnapshot, profilesCollectionSnapshot, type ProfileData, type Reference, type Snapshot } from './snapshots.js';
import type { Campaign, Organization, Structures } from './structures.js';
import type { TableWriter } from './table-writer.js';

type KnowledgeElement = certification.KnowledgeElement;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The campaigns context's default "Je retente" delay (campaigns.config.ts). */
const RETRY_DELAY_DAYS = 4;
/** Share of participations by a person who already took part in another campaign of the structure. */
const RETURNING_SHARE = 0.12;
const RETRY_SHARE = 0.2;
const POOL_SIZE = 400;

interface Person {
  userId: string;
  participantId: string;
  email: string;
  firstName: string;
  lastName: string;
  /** Drives how many skills they validate (an item-response curve against the skill's level). */
  ability: number;
  /** Their knowledge elements so far (kept while they may take part again). */
  elements: KnowledgeElement[];
  campaigns: Set<string>;
  /** When their last participation is settled (shared, or finished and left to share); Infinity while running. */
  settledAt: number;
  /** A retry slot of a multiple-sendings campaign is kept for them. */
  reserved: boolean;
  externalIds: Map<string, string>;
  /** Their result in each campaign: their latest shared participation there. */
  results: Map<string, { id: string; isCertifiable: boolean | null }>;
}

interface Slot {
  campaign: Campaign;
  startedAt: number;
  reservedFor: Person | null;
  isReference: boolean;
}

export interface Writers {
  get(table: Table): TableWriter;
  flushIfFull(): Promise<void>;
}

export interface GenerationOptions {
  asOf: number;
  passwordHash: string;
  /** Put in every generated e-mail address before the person's number (the twins' people are apart). */
  emailTag?: string;
}

export interface GeneratedPeople {
  reference: { email: string; participationId: string };
}

/**
 * Participants, participations and the knowledge elements behind them, structure by structure in
 * time order, so that a returning person's earlier elements count in their later results exactly
 * as they would have at share time. Snapshots use the app's own computation (snapshots.ts).
 */
export async function generateParticipations(
  random: Random,
  structures: Structures,
  reference: Reference,
  writers: Writers,
  options: GenerationOptions,
): Promise<GeneratedPeople> {
  const campaignsByOrganization = new Map<string, Campaign[]>();
  for (const campaign of structures.campaigns) {
    const list = campaignsByOrganization.get(campaign.organizationId);
    if (list) list.push(campaign);
    else campaignsByOrganization.set(campaign.organizationId, [campaign]);
  }
  const context = { random, reference, writers, options, personCount: 0, referenceParticipation: null as null | { email: string; participationId: string } };
  for (const organization of structures.organizations) {
    await generateForOrganization(context, organization, campaignsByOrganization.get(organization.id) ?? [], structures.bigCampaign);
  }
  return { reference: context.referenceParticipation! };
}

type Context = {
  random: Random;
  reference: Reference;
  writers: Writers;
  options: GenerationOptions;
  personCount: number;
  referenceParticipation: null | { email: string; participationId: string };
};

async function generateForOrganization(context: Context, organization: Organization, campaigns: Campaign[], bigCampaign: Campaign): Promise<void> {
  const { random, options } = context;
  const slots: Slot[] = [];
  for (const campaign of campaigns) {
    const from = campaign.createdAt + 60 * MINUTE;
    const to = (campaign.archivedAt ?? options.asOf) - DAY;
    for (let index = 0; index < campaign.participationsCount; index += 1) {
      slots.push({ campaign, startedAt: from + Math.floor(random.float() * Math.max(to - from, MINUTE)), reservedFor: null, isReference: campaign === bigCampaign && index === 0 });
    }
  }
  slots.sort((a, b) => a.startedAt - b.startedAt || (a.isReference ? -1 : 0) - (b.isReference ? -1 : 0));
  const slotsByCampaign = new Map<Campaign, Slot[]>();
  for (const slot of slots) {
    const list = slotsByCampaign.get(slot.campaign);
    if (list) list.push(slot);
    else slotsByCampaign.set(slot.campaign, [slot]);
  }

  const pool: Person[] = [];
  for (const slot of slots) {
    const { campaign } = slot;
    let person = slot.reservedFor;
    let previousHere: string | null = null;
    if (person) {
      person.reserved = false;
      previousHere = person.externalIds.get(campaign.id) ?? null;
    } else if (!slot.isReference && pool.length && random.chance(RETURNING_SHARE)) {
      const candidate = random.pick(pool);
      if (!candidate.reserved && candidate.settledAt <= slot.startedAt && !candidate.campaigns.has(campaign.id)) person = candidate;
    }
    if (!person) {
      person = newPerson(context, organization, slot.startedAt);
      if (!slot.isReference) {
        pool.push(person);
        if (pool.length > POOL_SIZE) pool.shift()!.elements = [];
      }
    }
    const row = participate(context, person, slot, previousHere);
    if (slot.isReference) context.referenceParticipation = { email: person.email, participationId: row.id };
    // "Je retente": some shared participations of a multiple-sendings campaign get a later one.
    if (campaign.multipleSendings && row.status === 'SHARED' && random.chance(RETRY_SHARE)) {
      const later = (slotsByCampaign.get(campaign) ?? []).find((candidate) => !candidate.reservedFor && !candidate.isReference && candidate.startedAt >= row.sharedAt! + RETRY_DELAY_DAYS * DAY);
      if (later) {
        later.reservedFor = person;
        person.reserved = true;
        row.isImproved = true;
      }
    }
    row.readSide = row.isImproved
      ? null
      : { lastName: person.lastName, firstName: person.firstName, sharedParticipationId: person.results.get(campaign.id)?.id ?? null, sharedIsCertifiable: person.results.get(campaign.id)?.isCertifiable ?? null };
    context.writers.get('campaigns.participations').write(participationLine(row));
    await context.writers.flushIfFull();
  }
}

function newPerson(context: Context, organization: Organization, firstStartAt: number): Person {
  const { random } = context;
  context.personCount += 1;
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const person: Person = {
    userId: random.uuid(),
    participantId: random.uuid(),
    email: `${emailPart(firstName)}.${emailPart(lastName)}.${context.options.emailTag ?? ''}${context.personCount}@${SCALE_EMAIL_DOMAIN}`,
    firstName,
    lastName,
    ability: 2.1 + random.normal(),
    elements: [],
    campaigns: new Set(),
    settledAt: Infinity,
    reserved: false,
    externalIds: new Map(),
    results: new Map(),
  };
  const createdAt = firstStartAt - random.between(1, 30) * MINUTE;
  context.writers.get('organizations.users').write(
    userLine({ id: person.userId, email: person.email, firstName, lastName, createdAt, lastLoggedAt: firstStartAt }, context.options.passwordHash),
  );
  context.writers.get('campaigns.participants').write(
    participantLine({ id: person.participantId, organizationId: organization.id, userId: person.userId, firstName, lastName, createdAt: firstStartAt }),
  );
  return person;
}

function participate(context: Context, person: Person, slot: Slot, previousExternalId: string | null): ParticipationRow {
  const { random, reference } = context;
  const { campaign, startedAt } = slot;
  const id = random.uuid();
  const status = slot.isReference ? 'SHARED' : random.weighted<ParticipationRow['status']>([['STARTED', 18], ['TO_SHARE', 10], ['SHARED', 72]]);
  const profile = campaign.targetProfileId ? reference.profiles.get(campaign.targetProfileId)! : null;
  const skills = profile?.skills ?? [];
  const duration = Math.max(skills.length, 5) * random.between(30, 150) * 1000;
  const finishedAt = status === 'STARTED' ? null : startedAt + duration;
  const end = (campaign.archivedAt ?? context.options.asOf) - MINUTE;
  const sharedAt = status === 'SHARED' ? Math.min(finishedAt! + (random.chance(0.8) ? random.between(1, 15) * MINUTE : random.between(1, 20) * DAY), end) : null;

  if (profile) {
    // The engine reports one element per skill, in test order; a running test has covered part.
    const tested = status === 'STARTED' ? random.between(1, Math.max(skills.length - 1, 1)) : skills.length;
    for (let index = 0; index < tested; index += 1) {
      addElement(context, person, skills[index]!.skillId, id, startedAt + Math.floor(((index + 1) * duration) / (skills.length + 1)));
    }
  } else if (!person.elements.length) {
    // A profiles collection reads the profile the person built elsewhere on Pix: elements of a few
    // competences, up to some level, recorded outside any campaign before they joined.
    const competences = reference.referential.competences.filter(() => random.chance(0.4));
    let at = startedAt - random.between(2, 90) * DAY;
    for (const competence of competences) {
      const upTo = random.between(1, 4);
      for (const skill of reference.skills.values()) {
        if (skill.competenceId !== competence.id || skill.level > upTo) continue;
        at += random.between(20, 90) * 1000;
        addElement(context, person, skill.id, null, at);
      }
    }
  }

  let snapshot: Snapshot | null = null;
  if (status === 'SHARED') {
    snapshot = profile ? assessmentSnapshot(profile, person.elements, skillIdsOf(profile)) : profilesCollectionSnapshot(reference, person.userId, person.elements);
  }
  // A later sending is shared later (the retry waits for the share): the latest result is this one.
  if (snapshot) person.results.set(campaign.id, { id, isCertifiable: snapshot.isCertifiable ?? null });
  person.campaigns.add(campaign.id);
  person.settledAt = status === 'STARTED' ? Infinity : (sharedAt ?? finishedAt!);
  const externalId = campaign.externalIdLabel ? (previousExternalId ?? externalIdFor(random, campaign, person)) : null;
  if (externalId) person.externalIds.set(campaign.id, externalId);
  return { id, campaignId: campaign.id, participantId: person.participantId, userId: person.userId, participantExternalId: externalId, status, isImproved: false, startedAt, finishedAt, sharedAt, snapshot, readSide: null };
}

function addElement(context: Context, person: Person, skillId: string, participationId: string | null, createdAt: number): void {
  const skill = context.reference.skills.get(skillId)!;
  // Harder skills (higher level, plus a fixed per-skill offset) are validated less often.
  const validated = context.random.float() < 1 / (1 + Math.exp(-2.2 * (person.ability - skill.level + 0.5 - skillOffset(skillId))));
  const earned = validated ? skill.pixHundredths : 0;
  const id = context.random.uuid();
  person.elements.push({
    id,
    userId: person.userId,
    skillId,
    competenceId: skill.competenceId,
    status: (validated ? 'VALIDATED' : 'INVALIDATED') as certification.KnowledgeElementStatus,
    earnedPix: earned / 100,
    participationId,
    createdAt: new Date(createdAt),
  });
  context.writers.get('certification.knowledge_elements').write(knowledgeElementLine(id, person.userId, skillId, skill.competenceId, validated, earned, participationId, createdAt));
}

const skillIdSets = new WeakMap<ProfileData, Set<string>>();
function skillIdsOf(profile: ProfileData): Set<string> {
  let ids = skillIdSets.get(profile);
  if (!ids) skillIdSets.set(profile, (ids = new Set(profile.skills.map((skill) => skill.skillId))));
  return ids;
}

const offsets = new Map<string, number>();
function skillOffset(skillId: string): number {
  let offset = offsets.get(skillId);
  if (offset === undefined) {
    let hash = 0;
    for (const char of skillId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    offset = (hash % 100) / 100 - 0.5;
    offsets.set(skillId, offset);
  }
  return offset;
}

function externalIdFor(random: Random, campaign: Campaign, person: Person): string {
  if (campaign.externalIdType === 'EMAIL') return person.email;
  if (campaign.externalIdLabel === 'Numéro i-milo') return String(random.between(1_000_000, 9_999_999));
  return `${random.between(1_000_000, 9_999_999)}${'ABCDEFGHJKLMNPRSTUVWXYZ'[random.int(23)]}`;
}
