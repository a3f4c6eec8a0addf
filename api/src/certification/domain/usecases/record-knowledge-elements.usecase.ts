import { type InvalidField, InvalidInputError } from '../../../shared/errors/domain-error.js';
import type { KnowledgeElementRecordingDependencies } from '../dependencies.js';
import { ASSESSED_STATUSES, type KnowledgeElement, KnowledgeElementStatus, type NewKnowledgeElement } from '../models/knowledge-element.js';
import type { Skill } from '../models/referential.js';

/** One call carries the answers of a test step; far more than a referential's worth is a mistake. */
export const MAX_ELEMENTS_PER_CALL = 1000;

export interface KnowledgeElementInput {
  skillId: string;
  /** 'VALIDATED' or 'INVALIDATED'; anything else is refused. */
  status: string;
  /** Defaults to the skill's pix value when VALIDATED, 0 when INVALIDATED. */
  earnedPix?: number | null;
}

export interface RecordKnowledgeElementsInput {
  /** Loaded and vouched for by the campaigns context: the elements are the participant's. */
  participation: { id: string; userId: string };
  elements: KnowledgeElementInput[];
  /** The engine says the test is over; the campaigns context moves the participation on. */
  finished: boolean;
}

export interface RecordedKnowledgeElements {
  participationId: string;
  userId: string;
  recorded: KnowledgeElement[];
  finished: boolean;
}

/**
 * Appends what the assessment engine observed for one participation: all the elements or none
 * (one transaction, which joins the caller's when there is one). Refused with BAD_USER_INPUT and
 * the offending indexes (`elements.<index>.<field>`): an unknown skill, the same skill twice in
 * one call, an unknown status, earned pix outside 0 … the skill's value.
 */
export async function recordKnowledgeElements(
  { participation, elements, finished }: RecordKnowledgeElementsInput,
  deps: KnowledgeElementRecordingDependencies,
): Promise<RecordedKnowledgeElements> {
  if (elements.length > MAX_ELEMENTS_PER_CALL) {
    throw new InvalidInputError(`Au plus ${MAX_ELEMENTS_PER_CALL} éléments par appel.`, [{ field: 'elements', constraints: ['arrayMaxSize'] }]);
  }
  return deps.transaction(async (tx) => {
    const skillIds = [...new Set(elements.map((element) => element.skillId).filter((id): id is string => typeof id === 'string'))];
    const skills = skillIds.length === 0 ? [] : await tx.skills.findByIds(skillIds);
    const skillsById = new Map(skills.map((skill) => [skill.id, skill]));
    const invalid = validateKnowledgeElements(elements, skillsById);
    if (invalid.length > 0) throw new InvalidInputError('Des éléments de connaissance sont invalides : aucun n’a été enregistré.', invalid);
    const recorded = elements.length === 0 ? [] : await tx.knowledgeElements.append(
      elements.map((element): NewKnowledgeElement => {
        const skill = skillsById.get(element.skillId)!;
        const status = element.status as KnowledgeElementStatus;
        return {
          userId: participation.userId,
          participationId: participation.id,
          skillId: skill.id,
          competenceId: skill.competenceId,
          status,
          earnedPix: element.earnedPix ?? (status === KnowledgeElementStatus.VALIDATED ? skill.pixValue : 0),
        };
      }),
    );
    return { participationId: participation.id, userId: participation.userId, recorded, finished };
  });
}

const STATUSES = new Set<string>(ASSESSED_STATUSES);

/** Every broken rule of every element, by index; empty when all are fine. */
export function validateKnowledgeElements(elements: readonly KnowledgeElementInput[], skillsById: ReadonlyMap<string, Skill>): InvalidField[] {
  const occurrences = new Map<string, number>();
  for (const element of elements) occurrences.set(element.skillId, (occurrences.get(element.skillId) ?? 0) + 1);
  return elements.flatMap((element, index) => {
    const invalid: InvalidField[] = [];
    const skill = skillsById.get(element.skillId);
    if (!skill) invalid.push({ field: `elements.${index}.skillId`, constraints: ['skillExists'] });
    else if (occurrences.get(element.skillId)! > 1) invalid.push({ field: `elements.${index}.skillId`, constraints: ['unique'] });
    if (!STATUSES.has(element.status)) invalid.push({ field: `elements.${index}.status`, constraints: ['isEnum'] });
    const earnedPix = element.earnedPix;
    if (earnedPix !== undefined && earnedPix !== null) {
      const broken = earnedPixProblems(earnedPix, element.status, skill);
      if (broken.length > 0) invalid.push({ field: `elements.${index}.earnedPix`, constraints: broken });
    }
    return invalid;
  });
}

function earnedPixProblems(earnedPix: number, status: string, skill: Skill | undefined): string[] {
  if (typeof earnedPix !== 'number' || !Number.isFinite(earnedPix)) return ['isNumber'];
  const problems: string[] = [];
  if (earnedPix < 0) problems.push('min');
  // Stored as numeric(6,2): a third decimal would be rounded away silently.
  if (Math.abs(earnedPix * 100 - Math.round(earnedPix * 100)) > 1e-6) problems.push('maxDecimalPlaces');
  const max = status === KnowledgeElementStatus.INVALIDATED ? 0 : skill?.pixValue;
  if (max !== undefined && earnedPix > max) problems.push('max');
  return problems;
}
