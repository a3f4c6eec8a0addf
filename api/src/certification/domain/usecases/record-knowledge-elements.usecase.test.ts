import { describe, expect, it } from 'vitest';
import { KnowledgeElementStatus } from '../models/knowledge-element.js';
import { buildSkill } from '../testing/builders.js';
import { inMemoryCertification } from '../testing/in-memory.js';
import { type KnowledgeElementInput, MAX_ELEMENTS_PER_CALL, recordKnowledgeElements } from './record-knowledge-elements.usecase.js';

const search = buildSkill({ competenceId: '1.1', pixValue: 4 });
const mail = buildSkill({ competenceId: '2.1', pixValue: 2.5 });
const participation = { id: 'participation', userId: 'user' };

function record(elements: KnowledgeElementInput[]) {
  const { recording, world } = inMemoryCertification({ skills: [search, mail] });
  const outcome = recordKnowledgeElements({ participation, elements, finished: false }, recording);
  return { outcome, world };
}
const fieldsOf = (promise: Promise<unknown>) => promise.then(() => [], (error: { fields: unknown }) => error.fields);

describe('what the assessment engine reports is recorded', () => {
  it('with the pix of the skill when validated and 0 when not, in the competence of the skill, for the participant', async () => {
    const { outcome } = record([{ skillId: search.id, status: 'VALIDATED' }, { skillId: mail.id, status: 'INVALIDATED' }]);
    expect((await outcome).recorded).toEqual([
      expect.objectContaining({ skillId: search.id, competenceId: '1.1', status: KnowledgeElementStatus.VALIDATED, earnedPix: 4, userId: 'user', participationId: 'participation' }),
      expect.objectContaining({ skillId: mail.id, competenceId: '2.1', status: KnowledgeElementStatus.INVALIDATED, earnedPix: 0 }),
    ]);
  });

  it('keeps the pix the engine gives, up to the skill’s value, to the hundredth', async () => {
    expect((await record([{ skillId: search.id, status: 'VALIDATED', earnedPix: 2.25 }]).outcome).recorded[0]).toMatchObject({ earnedPix: 2.25 });
  });
});

describe('a report with one broken element is refused whole (BAD_USER_INPUT), naming each element', () => {
  it('an unknown skill, or the same skill twice in one report', async () => {
    const { outcome, world } = record([{ skillId: 'nope', status: 'VALIDATED' }, { skillId: search.id, status: 'VALIDATED' }, { skillId: search.id, status: 'INVALIDATED' }]);
    expect(await fieldsOf(outcome)).toEqual([
      { field: 'elements.0.skillId', constraints: ['skillExists'] },
      { field: 'elements.1.skillId', constraints: ['unique'] },
      { field: 'elements.2.skillId', constraints: ['unique'] },
    ]);
    expect(world.knowledgeElements).toEqual([]);
  });

  it('a status other than VALIDATED or INVALIDATED: the engine never resets a skill', async () => {
    expect(await fieldsOf(record([{ skillId: search.id, status: 'RESET' }]).outcome)).toEqual([{ field: 'elements.0.status', constraints: ['isEnum'] }]);
  });

  it('pix below 0, above the skill’s value, with a third decimal, or earned on a failed skill', async () => {
    expect(
      await fieldsOf(
        record([
          { skillId: search.id, status: 'VALIDATED', earnedPix: -1 },
          { skillId: mail.id, status: 'VALIDATED', earnedPix: 2.501 },
        ]).outcome,
      ),
    ).toEqual([
      { field: 'elements.0.earnedPix', constraints: ['min'] },
      { field: 'elements.1.earnedPix', constraints: ['maxDecimalPlaces', 'max'] },
    ]);
    expect(await fieldsOf(record([{ skillId: search.id, status: 'INVALIDATED', earnedPix: 1 }]).outcome)).toEqual([{ field: 'elements.0.earnedPix', constraints: ['max'] }]);
  });

  it(`more than ${MAX_ELEMENTS_PER_CALL} elements in one call`, async () => {
    const many = Array.from({ length: MAX_ELEMENTS_PER_CALL + 1 }, () => ({ skillId: search.id, status: 'VALIDATED' }));
    expect(await fieldsOf(record(many).outcome)).toEqual([{ field: 'elements', constraints: ['arrayMaxSize'] }]);
  });
});
