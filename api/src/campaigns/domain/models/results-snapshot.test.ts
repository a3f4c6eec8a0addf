import { describe, expect, it } from 'vitest';
import {
  type AssessedProfile,
  type AssessedProfileResult,
  buildAssessmentSnapshot,
  buildProfilesCollectionSnapshot,
  parseResultsSnapshot,
  storedResultsSnapshot,
} from './results-snapshot.js';

function buildAssessedProfileResult(overrides: Partial<AssessedProfileResult> = {}): AssessedProfileResult {
  return {
    masteryRate: 0.67,
    validatedSkillsCount: 2,
    testedSkillsCount: 3,
    totalSkillsCount: 3,
    competences: [
      { competenceId: '1.1', areaId: '1', validatedSkillsCount: 1, testedSkillsCount: 1, totalSkillsCount: 1, masteryRate: 1 },
      { competenceId: '2.1', areaId: '2', validatedSkillsCount: 1, testedSkillsCount: 2, totalSkillsCount: 2, masteryRate: 0.5 },
    ],
    areas: [
      { areaId: '1', validatedSkillsCount: 1, testedSkillsCount: 1, totalSkillsCount: 1, masteryRate: 1 },
      { areaId: '2', validatedSkillsCount: 1, testedSkillsCount: 2, totalSkillsCount: 2, masteryRate: 0.5 },
    ],
    ...overrides,
  };
}

function buildAssessedProfile(): AssessedProfile {
  return {
    profile: {
      pixScore: 24,
      competences: [
        { competence: { id: 'c1', code: '1.1' }, pixScore: 16, level: 2 },
        { competence: { id: 'c2', code: '1.2' }, pixScore: 8, level: 1 },
      ],
    },
    eligibility: { isCertifiable: false, complementary: [{ key: 'CLEA_NUMERIQUE', label: 'CléA numérique', isEligible: true }] },
  };
}

/** The row as PostgreSQL gives it back: numeric as text, jsonb through JSON. */
function readBack(stored: ReturnType<typeof storedResultsSnapshot>) {
  return { ...stored, results: JSON.parse(JSON.stringify(stored.results)) as unknown };
}

describe('the results snapshot', () => {
  it('freezes an assessment: figures, competences, areas, badges, pix summed in hundredths then floored', () => {
    const snapshot = buildAssessmentSnapshot({
      result: buildAssessedProfileResult(),
      badges: [{ key: 'CLEA', title: 'Prêt pour le CléA numérique !' }],
      knowledgeElements: [{ status: 'VALIDATED', earnedPix: 1.005 }, { status: 'VALIDATED', earnedPix: 2.995 }, { status: 'INVALIDATED', earnedPix: 4 }],
    });
    expect(snapshot.pixScore).toBe(4);
    expect(snapshot.isCertifiable).toBeNull();
    // The stored shape every snapshot has had: the columns and the `results` jsonb, key for key.
    expect(storedResultsSnapshot(snapshot)).toEqual({
      masteryRate: '0.6700',
      validatedSkillsCount: 2,
      testedSkillsCount: 3,
      pixScore: 4,
      isCertifiable: null,
      results: {
        totalSkillsCount: 3,
        competences: buildAssessedProfileResult().competences,
        areas: buildAssessedProfileResult().areas,
        badges: [{ key: 'CLEA', title: 'Prêt pour le CléA numérique !' }],
      },
    });
  });

  it('keeps only the fields it freezes, whatever else the certification result carries', () => {
    const competence = { competenceId: '1.1', areaId: '1', validatedSkillsCount: 1, testedSkillsCount: 1, totalSkillsCount: 1, masteryRate: 1, skills: ['s1'] };
    const badge = { key: 'B', title: 'Badge', criteria: [] };
    const snapshot = buildAssessmentSnapshot({ result: buildAssessedProfileResult({ competences: [competence], areas: [] }), badges: [badge], knowledgeElements: [] });
    expect(Object.keys(snapshot.details.competences![0]!).sort()).toEqual(['areaId', 'competenceId', 'masteryRate', 'testedSkillsCount', 'totalSkillsCount', 'validatedSkillsCount']);
    expect(snapshot.details.badges).toEqual([{ key: 'B', title: 'Badge' }]);
  });

  it('freezes a profiles collection: pix, levels by competence, eligibility, no mastery', () => {
    expect(storedResultsSnapshot(buildProfilesCollectionSnapshot(buildAssessedProfile()))).toEqual({
      masteryRate: null,
      validatedSkillsCount: null,
      testedSkillsCount: null,
      pixScore: 24,
      isCertifiable: false,
      results: {
        competences: [
          { competenceId: 'c1', code: '1.1', pixScore: 16, level: 2 },
          { competenceId: 'c2', code: '1.2', pixScore: 8, level: 1 },
        ],
        complementary: [{ key: 'CLEA_NUMERIQUE', label: 'CléA numérique', isEligible: true }],
      },
    });
  });

  it('reads back what it stored, for both campaign types', () => {
    const assessment = buildAssessmentSnapshot({ result: buildAssessedProfileResult(), badges: [{ key: 'B', title: 'Badge' }], knowledgeElements: [{ status: 'VALIDATED', earnedPix: 3 }] });
    const profile = buildProfilesCollectionSnapshot(buildAssessedProfile());
    expect(parseResultsSnapshot(readBack(storedResultsSnapshot(assessment)))).toEqual(assessment);
    expect(parseResultsSnapshot(readBack(storedResultsSnapshot(profile)))).toEqual(profile);
    // A raw driver gives jsonb as text.
    const stored = storedResultsSnapshot(profile);
    expect(parseResultsSnapshot({ ...stored, results: JSON.stringify(stored.results) })).toEqual(profile);
  });

  it('reads a snapshot without details, or with details that are not an object, as one with none', () => {
    const columns = { masteryRate: '0.5000', validatedSkillsCount: 1, testedSkillsCount: 2, pixScore: 3, isCertifiable: null };
    for (const results of [null, undefined, 'not json', '[1, 2]', 42, [{ competenceId: 'c' }]]) {
      expect(parseResultsSnapshot({ ...columns, results })).toEqual({ masteryRate: 0.5, validatedSkillsCount: 1, testedSkillsCount: 2, pixScore: 3, isCertifiable: null, details: {} });
    }
  });

  it('leaves out what stored JSON gets wrong instead of failing the reader', () => {
    const parsed = parseResultsSnapshot({
      masteryRate: 'abc',
      pixScore: null,
      isCertifiable: null,
      results: {
        totalSkillsCount: '3',
        competences: [
          null,
          'c1',
          { areaId: '1', validatedSkillsCount: 1, totalSkillsCount: 1, masteryRate: 1 },
          { competenceId: 'no-figures', totalSkillsCount: 2 },
          { competenceId: 'rate-as-text', areaId: '1', validatedSkillsCount: 1, totalSkillsCount: 2, masteryRate: '0.5' },
          { competenceId: 'level', code: '1.1', pixScore: 9, level: 1 },
          { competenceId: 'level-without-pix', level: 1 },
          { competenceId: 'neither' },
        ],
        areas: { areaId: '1' },
        badges: [{ key: 'B' }, { title: 'no key' }],
      },
    });
    expect(parsed).toEqual({
      masteryRate: null,
      validatedSkillsCount: null,
      testedSkillsCount: null,
      pixScore: null,
      isCertifiable: null,
      details: {
        competences: [
          // testedSkillsCount is shown nowhere: its absence does not drop the entry.
          { competenceId: 'rate-as-text', areaId: '1', validatedSkillsCount: 1, testedSkillsCount: 0, totalSkillsCount: 2, masteryRate: 0.5 },
          { competenceId: 'level', code: '1.1', pixScore: 9, level: 1 },
        ],
        badges: [{ key: 'B', title: '' }],
      },
    });
  });
});
