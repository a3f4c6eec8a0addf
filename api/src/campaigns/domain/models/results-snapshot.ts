/**
 * The results frozen when a participant shares (PRODUCT.md "Participations and results"): one
 * typed read model, one builder per campaign type, one way to store it and one parser. Every
 * writer (the share use case, the scale generator in seeds, the tests' bulk rows) builds it here
 * and every reader (the GraphQL mapping, the CSV export) parses it here; the aggregate SQL reads
 * its JSON keys through results-snapshot.sql.ts, typed against the interfaces below.
 *
 * Stored in the participation row: the five figures in their own columns, `details` in the
 * `results` jsonb column. The stored shape is the one every snapshot has had since the first
 * migration: building and storing change no byte of it.
 */

/** An assessment's mastery of one competence of the target profile. */
export interface CompetenceMasteryResult {
  competenceId: string;
  areaId: string;
  validatedSkillsCount: number;
  testedSkillsCount: number;
  /** Skills of this competence in the target profile. */
  totalSkillsCount: number;
  /** From 0 to 1, 2 decimals. */
  masteryRate: number;
}

/** An assessment's mastery of one area of the target profile. */
export interface AreaMasteryResult {
  areaId: string;
  validatedSkillsCount: number;
  testedSkillsCount: number;
  totalSkillsCount: number;
  masteryRate: number;
}

/** A profiles collection's level in one competence of the referential. */
export interface CompetenceLevelResult {
  competenceId: string;
  code: string;
  /** Whole pix earned in the competence. */
  pixScore: number;
  level: number;
}

export interface EarnedBadgeResult {
  key: string;
  title: string;
}

/** A complementary certification (CléA numérique) the person may take, frozen with a profile. */
export interface ComplementaryResult {
  key: string;
  label: string;
  isEligible: boolean;
}

/** An assessment's competences carry a mastery, a profiles collection's a level. */
export type CompetenceResult = CompetenceMasteryResult | CompetenceLevelResult;

/** What the `results` column holds; a key a snapshot does not have is absent. */
export interface ResultsDetails {
  /** Assessments: skills of the target profile. */
  totalSkillsCount?: number;
  competences?: CompetenceResult[];
  /** Assessments. */
  areas?: AreaMasteryResult[];
  /** Assessments: the badges the result earned. */
  badges?: EarnedBadgeResult[];
  /** Profiles collections. */
  complementary?: ComplementaryResult[];
}

export interface ResultsSnapshot {
  /** Assessments: validated skills / target-profile skills, 0 to 1. */
  masteryRate: number | null;
  validatedSkillsCount: number | null;
  testedSkillsCount: number | null;
  pixScore: number | null;
  /** Profiles collections. */
  isCertifiable: boolean | null;
  details: ResultsDetails;
}

export const isCompetenceMastery = (competence: CompetenceResult): competence is CompetenceMasteryResult => 'totalSkillsCount' in competence;
export const isCompetenceLevel = (competence: CompetenceResult): competence is CompetenceLevelResult => 'level' in competence;

// ——— Building ———

/** The certification context's result over a target profile (its TargetProfileResult). */
export interface AssessedProfileResult {
  masteryRate: number;
  validatedSkillsCount: number;
  testedSkillsCount: number;
  totalSkillsCount: number;
  competences: readonly CompetenceMasteryResult[];
  areas: readonly AreaMasteryResult[];
}

/** One of the person's latest knowledge elements on the profile's skills. */
export interface AssessedKnowledgeElement {
  status: string;
  earnedPix: number;
}

/**
 * What sharing an assessment freezes, from the result over the target profile, the badges it
 * earned and the person's latest elements on the profile's skills.
 */
export function buildAssessmentSnapshot({
  result,
  badges,
  knowledgeElements,
}: {
  result: AssessedProfileResult;
  badges: readonly EarnedBadgeResult[];
  knowledgeElements: Iterable<AssessedKnowledgeElement>;
}): ResultsSnapshot & { pixScore: number } {
  // Pix earned on the profile's skills, summed exactly (two decimals) then counted in whole pix.
  let hundredths = 0;
  for (const element of knowledgeElements) if (element.status === 'VALIDATED') hundredths += Math.round(element.earnedPix * 100);
  return {
    masteryRate: result.masteryRate,
    validatedSkillsCount: result.validatedSkillsCount,
    testedSkillsCount: result.testedSkillsCount,
    pixScore: Math.floor(hundredths / 100),
    isCertifiable: null,
    details: {
      totalSkillsCount: result.totalSkillsCount,
      competences: result.competences.map(({ competenceId, areaId, validatedSkillsCount, testedSkillsCount, totalSkillsCount, masteryRate }) => ({
        competenceId, areaId, validatedSkillsCount, testedSkillsCount, totalSkillsCount, masteryRate,
      })),
      areas: result.areas.map(({ areaId, validatedSkillsCount, testedSkillsCount, totalSkillsCount, masteryRate }) => ({
        areaId, validatedSkillsCount, testedSkillsCount, totalSkillsCount, masteryRate,
      })),
      badges: badges.map((badge) => ({ key: badge.key, title: badge.title })),
    },
  };
}

/** The certification context's profile and eligibility (its Profile and CertificationEligibility). */
export interface AssessedProfile {
  profile: {
    pixScore: number;
    competences: readonly { competence: { id: string; code: string }; pixScore: number; level: number }[];
  };
  eligibility: { isCertifiable: boolean; complementary: readonly ComplementaryResult[] };
}

/** What sharing a profiles collection freezes: the person's pix, levels and eligibility at that moment. */
export function buildProfilesCollectionSnapshot({ profile, eligibility }: AssessedProfile): ResultsSnapshot & { pixScore: number } {
  return {
    masteryRate: null,
    validatedSkillsCount: null,
    testedSkillsCount: null,
    pixScore: profile.pixScore,
    isCertifiable: eligibility.isCertifiable,
    details: {
      competences: profile.competences.map((score) => ({ competenceId: score.competence.id, code: score.competence.code, pixScore: score.pixScore, level: score.level })),
      complementary: eligibility.complementary.map(({ key, label, isEligible }) => ({ key, label, isEligible })),
    },
  };
}

// ——— Storing ———

/** The participation row's snapshot columns, as every writer stores them. */
export interface StoredResultsSnapshot {
  /** numeric(5,4), written with 4 decimals. */
  masteryRate: string | null;
  validatedSkillsCount: number | null;
  testedSkillsCount: number | null;
  pixScore: number | null;
  isCertifiable: boolean | null;
  /** The jsonb `results` column. */
  results: ResultsDetails;
}

export function storedResultsSnapshot(snapshot: ResultsSnapshot): StoredResultsSnapshot {
  return {
    masteryRate: snapshot.masteryRate === null ? null : snapshot.masteryRate.toFixed(4),
    validatedSkillsCount: snapshot.validatedSkillsCount,
    testedSkillsCount: snapshot.testedSkillsCount,
    pixScore: snapshot.pixScore,
    isCertifiable: snapshot.isCertifiable,
    results: snapshot.details,
  };
}

// ——— Parsing ———

/** The columns as a reader gets them: the driver gives numeric as text, jsonb as an object or, raw, as text. */
export interface StoredResultsColumns {
  masteryRate: string | number | null;
  validatedSkillsCount?: number | null;
  testedSkillsCount?: number | null;
  pixScore: number | null;
  isCertifiable: boolean | null;
  results: unknown;
}

/**
 * A stored snapshot as the readers use it. Stored JSON is not trusted to have the shape above (an
 * older or hand-written row): a key that is not a list where a list is expected reads as absent,
 * and an entry that is not an object or lacks an id or a figure the readers show is left out (the
 * CSV leaves its columns empty, GraphQL does not list it) rather than failing the page or the file.
 * A rate may be a number or numeric text; counts must be numbers.
 */
export function parseResultsSnapshot(stored: StoredResultsColumns): ResultsSnapshot {
  return {
    masteryRate: rate(stored.masteryRate) ?? null,
    validatedSkillsCount: count(stored.validatedSkillsCount) ?? null,
    testedSkillsCount: count(stored.testedSkillsCount) ?? null,
    pixScore: count(stored.pixScore) ?? null,
    isCertifiable: typeof stored.isCertifiable === 'boolean' ? stored.isCertifiable : null,
    details: parseDetails(typeof stored.results === 'string' ? safeJson(stored.results) : stored.results),
  };
}

type Json = Record<string, unknown>;

function parseDetails(value: unknown): ResultsDetails {
  if (!isObject(value)) return {};
  const details: ResultsDetails = {};
  const totalSkillsCount = count(value.totalSkillsCount);
  if (totalSkillsCount !== undefined) details.totalSkillsCount = totalSkillsCount;
  const competences = listOf(value.competences, parseCompetence);
  if (competences) details.competences = competences;
  const areas = listOf(value.areas, (entry) => {
    const areaId = text(entry.areaId);
    const figures = mastery(entry);
    return areaId === undefined || !figures ? undefined : { areaId, ...figures };
  });
  if (areas) details.areas = areas;
  const badges = listOf(value.badges, (entry) => {
    const key = text(entry.key);
    return key === undefined ? undefined : { key, title: text(entry.title) ?? '' };
  });
  if (badges) details.badges = badges;
  const complementary = listOf(value.complementary, (entry) => {
    const key = text(entry.key);
    return key === undefined ? undefined : { key, label: text(entry.label) ?? '', isEligible: entry.isEligible === true };
  });
  if (complementary) details.complementary = complementary;
  return details;
}

/** A competence is a mastery or a level by the key it carries, as the readers always told them apart. */
function parseCompetence(entry: Json): CompetenceResult | undefined {
  const competenceId = text(entry.competenceId);
  if (competenceId === undefined) return undefined;
  if ('totalSkillsCount' in entry) {
    const figures = mastery(entry);
    return figures ? { competenceId, areaId: text(entry.areaId) ?? '', ...figures } : undefined;
  }
  if ('level' in entry) {
    const level = count(entry.level);
    const pixScore = count(entry.pixScore);
    return level === undefined || pixScore === undefined ? undefined : { competenceId, code: text(entry.code) ?? '', pixScore, level };
  }
  return undefined;
}

function mastery(entry: Json): Omit<AreaMasteryResult, 'areaId'> | undefined {
  const figures = {
    validatedSkillsCount: count(entry.validatedSkillsCount),
    // No reader shows it: its absence does not drop the entry.
    testedSkillsCount: count(entry.testedSkillsCount) ?? 0,
    totalSkillsCount: count(entry.totalSkillsCount),
    masteryRate: rate(entry.masteryRate),
  };
  const { validatedSkillsCount, testedSkillsCount, totalSkillsCount, masteryRate } = figures;
  if (validatedSkillsCount === undefined || totalSkillsCount === undefined || masteryRate === undefined) return undefined;
  return { validatedSkillsCount, testedSkillsCount, totalSkillsCount, masteryRate };
}

function listOf<T>(value: unknown, parse: (entry: Json) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isObject).map(parse).filter((entry): entry is T => entry !== undefined);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Rates come as numbers from JSON and as text from a numeric column. */
function rate(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}
