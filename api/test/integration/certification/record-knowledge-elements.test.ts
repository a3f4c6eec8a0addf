import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestOrm } from '../../support/database.js';
import type { Orm } from '../../../src/shared/database/orm.js';
import { InvalidInputError } from '../../../src/shared/errors/domain-error.js';
import {
  getKnowledgeElementSnapshot,
  MAX_ELEMENTS_PER_CALL,
  recordEngineReport,
  type RecordKnowledgeElementsInput,
} from '../../../src/certification/api/index.js';

/** Seeded skills (migration): 1.1 level 1 has 4 skills of 2 pix; 1.3 level 1 has 2 skills of 4 pix. */
const NAVIGATEUR_1 = 'skill-navigateur1';
const RECHERCHE_INFO_1 = 'skill-rechercheInfo1';
const USAGE_TABLEUR_1 = 'skill-usageTableur1';

describe('recording knowledge elements (use case, real PostgreSQL)', () => {
  let orm: Orm;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ orm, close } = await createTestOrm());
  });
  afterAll(() => close?.());

  const em = () => orm.em.fork() as EntityManager;
  const participation = () => ({ id: randomUUID(), userId: randomUUID() });
  const record = (input: RecordKnowledgeElementsInput, manager: EntityManager = em()) => recordEngineReport({ em: manager }, input);
  const countOf = async (userId: string) => {
    const [{ count }] = await orm.em.getConnection().execute<{ count: string }[]>('select count(*) from certification.knowledge_elements where user_id = ?', [userId]);
    return Number(count);
  };
  const refusal = async (input: RecordKnowledgeElementsInput) => {
    const error = await record(input).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  };

  it('appends the elements with the participation and the skill’s competence; earned pix default to the skill’s value, 0 when invalidated', async () => {
    const owner = participation();
    const outcome = await record({
      participation: owner,
      elements: [
        { skillId: NAVIGATEUR_1, status: 'VALIDATED' },
        { skillId: RECHERCHE_INFO_1, status: 'INVALIDATED' },
        { skillId: USAGE_TABLEUR_1, status: 'VALIDATED', earnedPix: 1.5 },
      ],
      finished: true,
    });
    expect(outcome).toMatchObject({ participationId: owner.id, userId: owner.userId, finished: true });
    expect(outcome.recorded.map(({ skillId, competenceId, status, earnedPix, participationId, userId }) => ({ skillId, competenceId, status, earnedPix, participationId, userId }))).toEqual([
      { skillId: NAVIGATEUR_1, competenceId: '1.1', status: 'VALIDATED', earnedPix: 2, participationId: owner.id, userId: owner.userId },
      { skillId: RECHERCHE_INFO_1, competenceId: '1.1', status: 'INVALIDATED', earnedPix: 0, participationId: owner.id, userId: owner.userId },
      { skillId: USAGE_TABLEUR_1, competenceId: '1.3', status: 'VALIDATED', earnedPix: 1.5, participationId: owner.id, userId: owner.userId },
    ]);
    expect(outcome.recorded.every((element) => element.createdAt instanceof Date && element.id)).toBe(true);
    expect(await countOf(owner.userId)).toBe(3);
  });

  it('never updates: a later call appends, and the latest element of a skill wins', async () => {
    const owner = participation();
    await record({ participation: owner, elements: [{ skillId: NAVIGATEUR_1, status: 'VALIDATED' }, { skillId: USAGE_TABLEUR_1, status: 'VALIDATED' }], finished: false });
    await record({ participation: owner, elements: [{ skillId: NAVIGATEUR_1, status: 'INVALIDATED' }], finished: true });
    expect(await countOf(owner.userId)).toBe(3);
    const snapshot = await getKnowledgeElementSnapshot({ em: em() }, owner.userId, [NAVIGATEUR_1, USAGE_TABLEUR_1, RECHERCHE_INFO_1]);
    expect(Object.fromEntries(snapshot.map((element) => [element.skillId, element.status]))).toEqual({ [NAVIGATEUR_1]: 'INVALIDATED', [USAGE_TABLEUR_1]: 'VALIDATED' });
    // Only the skills asked for.
    expect((await getKnowledgeElementSnapshot({ em: em() }, owner.userId, [USAGE_TABLEUR_1])).map((element) => element.skillId)).toEqual([USAGE_TABLEUR_1]);
  });

  it('refuses an unknown skill, the same skill twice and an unknown status with BAD_USER_INPUT naming each index, and writes nothing', async () => {
    const owner = participation();
    const error = await refusal({
      participation: owner,
      elements: [
        { skillId: NAVIGATEUR_1, status: 'VALIDATED' },
        { skillId: 'skill-doesNotExist1', status: 'VALIDATED' },
        { skillId: USAGE_TABLEUR_1, status: 'VALIDATED' },
        { skillId: RECHERCHE_INFO_1, status: 'MAYBE' },
        { skillId: USAGE_TABLEUR_1, status: 'INVALIDATED' },
      ],
      finished: true,
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual([
      { field: 'elements.1.skillId', constraints: ['skillExists'] },
      { field: 'elements.2.skillId', constraints: ['unique'] },
      { field: 'elements.3.status', constraints: ['isEnum'] },
      { field: 'elements.4.skillId', constraints: ['unique'] },
    ]);
    expect(await countOf(owner.userId)).toBe(0);
  });

  it('refuses earned pix below 0, above the skill’s value, with a third decimal, or above 0 when invalidated', async () => {
    const owner = participation();
    const error = await refusal({
      participation: owner,
      elements: [
        { skillId: NAVIGATEUR_1, status: 'VALIDATED', earnedPix: -1 },
        { skillId: RECHERCHE_INFO_1, status: 'VALIDATED', earnedPix: 2.01 },
        { skillId: USAGE_TABLEUR_1, status: 'VALIDATED', earnedPix: 1.333 },
        { skillId: 'skill-triTableau2', status: 'INVALIDATED', earnedPix: 1 },
        { skillId: 'skill-codePin1', status: 'VALIDATED', earnedPix: 2.67 },
      ],
      finished: false,
    });
    expect(error.fields).toEqual([
      { field: 'elements.0.earnedPix', constraints: ['min'] },
      { field: 'elements.1.earnedPix', constraints: ['max'] },
      { field: 'elements.2.earnedPix', constraints: ['maxDecimalPlaces'] },
      { field: 'elements.3.earnedPix', constraints: ['max'] },
    ]);
    expect(await countOf(owner.userId)).toBe(0);
  });

  it(`refuses more than ${MAX_ELEMENTS_PER_CALL} elements in one call`, async () => {
    const elements = Array.from({ length: MAX_ELEMENTS_PER_CALL + 1 }, () => ({ skillId: NAVIGATEUR_1, status: 'VALIDATED' }));
    const error = await refusal({ participation: participation(), elements, finished: false });
    expect(error.fields).toEqual([{ field: 'elements', constraints: ['arrayMaxSize'] }]);
  });

  it('accepts an empty call that only says the test is finished', async () => {
    const owner = participation();
    expect(await record({ participation: owner, elements: [], finished: true })).toEqual({ participationId: owner.id, userId: owner.userId, recorded: [], finished: true });
    expect(await countOf(owner.userId)).toBe(0);
  });

  it("joins the caller's transaction: when the caller's work fails afterwards, nothing stays", async () => {
    const owner = participation();
    const failure = await em()
      .transactional(async (tx) => {
        await record({ participation: owner, elements: [{ skillId: NAVIGATEUR_1, status: 'VALIDATED' }], finished: true }, tx as EntityManager);
        throw new Error('the participation could not move on');
      })
      .catch((error: Error) => error.message);
    expect(failure).toBe('the participation could not move on');
    expect(await countOf(owner.userId)).toBe(0);
  });
});
