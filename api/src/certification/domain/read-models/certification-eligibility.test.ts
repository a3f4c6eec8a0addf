import { describe, expect, it } from 'vitest';
import { buildReferential, validatedPix } from '../testing/builders.js';
import { computeCertificationEligibility } from './certification-eligibility.js';
import { computeProfile } from './profile.js';

const REFERENTIAL = buildReferential().competences;
const CODES = REFERENTIAL.map((competence) => competence.code);

function eligibilityOf(pixByCompetence: Record<string, number>) {
  const knowledgeElements = Object.entries(pixByCompetence).flatMap(([code, pix]) => validatedPix(code, pix));
  const profile = computeProfile({ userId: 'user', competences: REFERENTIAL, knowledgeElements, maxReachableLevel: 5 });
  return computeCertificationEligibility({ profile, complementary: [{ key: 'CLEA_NUMERIQUE', label: 'CléA numérique', isEligible: false }] });
}

describe('Pix certification eligibility: at least 5 competences at level 1 or more', () => {
  it('is certifiable with exactly 5 competences at level 1 (8 pix each)', () => {
    const eligibility = eligibilityOf({ '1.1': 8, '2.1': 8, '3.1': 8, '4.1': 8, '5.1': 8 });
    expect(eligibility).toMatchObject({ isCertifiable: true, certifiableCompetencesCount: 5, requiredCompetencesCount: 5, missingCompetencesCount: 0 });
    expect(eligibility.competences.map((score) => [score.competence.code, score.level])).toEqual([['1.1', 1], ['2.1', 1], ['3.1', 1], ['4.1', 1], ['5.1', 1]]);
  });

  it('is not certifiable with 4, and says one is missing; 7 pix is not level 1 and does not count', () => {
    const eligibility = eligibilityOf({ '1.1': 64, '2.1': 16, '3.1': 15, '4.1': 8, '5.1': 7 });
    expect(eligibility).toMatchObject({ isCertifiable: false, certifiableCompetencesCount: 4, missingCompetencesCount: 1 });
    expect(eligibility.competences.map((score) => [score.competence.code, score.level])).toEqual([['1.1', 5], ['2.1', 2], ['3.1', 1], ['4.1', 1]]);
  });

  it('counts 5 missing for a new person, and never a negative number', () => {
    expect(eligibilityOf({})).toMatchObject({ isCertifiable: false, certifiableCompetencesCount: 0, missingCompetencesCount: 5, competences: [] });
    const everything = eligibilityOf(Object.fromEntries(CODES.map((code) => [code, 8])));
    expect(everything).toMatchObject({ isCertifiable: true, certifiableCompetencesCount: 16, missingCompetencesCount: 0 });
  });

  it('passes the complementary certifications through', () => {
    expect(eligibilityOf({}).complementary).toEqual([{ key: 'CLEA_NUMERIQUE', label: 'CléA numérique', isEligible: false }]);
  });
});
