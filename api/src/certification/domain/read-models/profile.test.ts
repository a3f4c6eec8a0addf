import { describe, expect, it } from 'vitest';
import { type KnowledgeElement, KnowledgeElementStatus } from '../models/knowledge-element.js';
import { buildKnowledgeElement, buildReferential, validatedPix } from '../testing/builders.js';
import { computeProfile, MAX_PIX_PER_COMPETENCE } from './profile.js';

/** The 16 competences 1.1 … 5.2. */
const REFERENTIAL = buildReferential().competences;

function profileOf(knowledgeElements: KnowledgeElement[], maxReachableLevel = 5) {
  return computeProfile({ userId: 'user', competences: REFERENTIAL, knowledgeElements, maxReachableLevel });
}

const scoreOf = (profile: ReturnType<typeof profileOf>, code: string) => profile.competences.find((score) => score.competence.code === code)!;

describe('profile computation', () => {
  it('lists every competence at 0 pix and level 0 for a new person', () => {
    const profile = profileOf([]);
    expect(profile.pixScore).toBe(0);
    expect(profile.competences.map((score) => [score.competence.code, score.pixScore, score.level])).toEqual(REFERENTIAL.map((competence) => [competence.code, 0, 0]));
  });

  it('needs 8 pix per level: 7 pix is level 0, 15 pix level 1, 16 pix level 2', () => {
    const profile = profileOf([...validatedPix('1.1', 7), ...validatedPix('1.2', 15), ...validatedPix('1.3', 16)]);
    expect([scoreOf(profile, '1.1').level, scoreOf(profile, '1.2').level, scoreOf(profile, '1.3').level]).toEqual([0, 1, 2]);
    expect(scoreOf(profile, '1.2').pixScore).toBe(15);
  });

  it('caps the level at the maximum reachable level but keeps the pix: 60 pix is level 5 with a cap of 5, 7 with a cap of 8', () => {
    const elements = validatedPix('2.1', 60);
    expect(scoreOf(profileOf(elements, 5), '2.1')).toMatchObject({ pixScore: 60, level: 5 });
    expect(scoreOf(profileOf(elements, 8), '2.1')).toMatchObject({ pixScore: 60, level: 7 });
  });

  it('counts at most 64 pix in a competence', () => {
    expect(scoreOf(profileOf(validatedPix('3.4', 70), 8), '3.4')).toMatchObject({ pixScore: MAX_PIX_PER_COMPETENCE, level: 8 });
  });

  it('keeps the latest element of each skill: validated then invalidated counts 0, invalidated then validated counts', () => {
    const lost = [
      buildKnowledgeElement({ skillId: 'lost', earnedPix: 8, createdAt: new Date('2026-01-01T10:00:00Z') }),
      buildKnowledgeElement({ skillId: 'lost', earnedPix: 0, status: KnowledgeElementStatus.INVALIDATED, createdAt: new Date('2026-01-02T10:00:00Z') }),
    ];
    const regained = [
      buildKnowledgeElement({ skillId: 'regained', competenceId: '4.1', earnedPix: 0, status: KnowledgeElementStatus.INVALIDATED, createdAt: new Date('2026-01-01T10:00:00Z') }),
      buildKnowledgeElement({ skillId: 'regained', competenceId: '4.1', earnedPix: 8, createdAt: new Date('2026-01-02T10:00:00Z') }),
    ];
    // Order of arrival does not matter, only the dates.
    const profile = profileOf([...lost.reverse(), ...regained]);
    expect(scoreOf(profile, '1.1')).toMatchObject({ pixScore: 0, level: 0 });
    expect(scoreOf(profile, '4.1')).toMatchObject({ pixScore: 8, level: 1 });
  });

  it('never counts the pix of an invalidated element', () => {
    const profile = profileOf([buildKnowledgeElement({ status: KnowledgeElementStatus.INVALIDATED, earnedPix: 5 })]);
    expect(profile.pixScore).toBe(0);
  });

  it('sums two-decimal pix exactly and keeps whole pix: 10 × 0.8 is 8 (level 1), 3 × 2.66 is 7', () => {
    const exact = Array.from({ length: 10 }, () => buildKnowledgeElement({ competenceId: '5.1', earnedPix: 0.8 }));
    const short = Array.from({ length: 3 }, () => buildKnowledgeElement({ competenceId: '5.2', earnedPix: 2.66 }));
    const profile = profileOf([...exact, ...short]);
    expect(scoreOf(profile, '5.1')).toMatchObject({ pixScore: 8, level: 1 });
    expect(scoreOf(profile, '5.2')).toMatchObject({ pixScore: 7, level: 0 });
  });

  it('totals the competences out of 1024 (16 × 64)', () => {
    const everything = REFERENTIAL.flatMap((competence) => validatedPix(competence.id, 100));
    const full = profileOf(everything, 8);
    expect(full.pixScore).toBe(1024);
    expect(full.competences.every((score) => score.level === 8)).toBe(true);
    expect(profileOf([...validatedPix('1.1', 16), ...validatedPix('3.2', 9)]).pixScore).toBe(25);
  });

  it('ignores elements of a competence outside the referential', () => {
    expect(profileOf(validatedPix('9.9', 20)).pixScore).toBe(0);
  });
});
