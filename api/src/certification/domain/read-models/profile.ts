import { type KnowledgeElement, KnowledgeElementStatus } from '../models/knowledge-element.js';
import type { Competence } from '../models/referential.js';

/** PRODUCT.md: a level is worth 8 pix; the referential goes up to level 8. */
export const PIX_PER_LEVEL = 8;
export const MAX_LEVEL = 8;
/** 8 × 8 = 64 pix per competence, hence 16 × 64 = 1024 for the whole referential. */
export const MAX_PIX_PER_COMPETENCE = PIX_PER_LEVEL * MAX_LEVEL;

export interface CompetenceScore {
  competence: Competence;
  pixScore: number;
  level: number;
}

/** A person's pix score and levels, one entry per competence of the referential (0 when untested). */
export interface Profile {
  userId: string;
  /** Out of competences × 64 (1024 for the 16 competences). */
  pixScore: number;
  maxReachableLevel: number;
  competences: CompetenceScore[];
}

export interface ProfileInput {
  userId: string;
  /** Every competence of the referential, in the order the profile lists them. */
  competences: Competence[];
  /** The person's knowledge elements: all of them or only the latest per skill, either works. */
  knowledgeElements: KnowledgeElement[];
  maxReachableLevel: number;
}

/**
 * Per competence, the pix earned by the latest knowledge element of each skill when it is
 * VALIDATED (a later INVALIDATED element takes them back), whole pix only, at most 64;
 * level = floor(pix / 8), at most the maximum reachable level.
 */
export function computeProfile({ userId, competences, knowledgeElements, maxReachableLevel }: ProfileInput): Profile {
  const hundredthsByCompetence = new Map<string, number>();
  for (const element of latestPerSkill(knowledgeElements)) {
    if (element.status !== KnowledgeElementStatus.VALIDATED) continue;
    // Earned pix have two decimals (numeric(6,2)): sum them as integers so that 10 × 0.8 is 8, not 7.999….
    const hundredths = Math.round(element.earnedPix * 100);
    hundredthsByCompetence.set(element.competenceId, (hundredthsByCompetence.get(element.competenceId) ?? 0) + hundredths);
  }
  const scores = competences.map((competence): CompetenceScore => {
    const pixScore = Math.min(Math.floor((hundredthsByCompetence.get(competence.id) ?? 0) / 100), MAX_PIX_PER_COMPETENCE);
    return { competence, pixScore, level: Math.min(Math.floor(pixScore / PIX_PER_LEVEL), maxReachableLevel) };
  });
  return {
    userId,
    pixScore: scores.reduce((total, score) => total + score.pixScore, 0),
    maxReachableLevel,
    competences: scores,
  };
}

/** The most recent element of each skill (the append-only log's current state). */
export function latestPerSkill(knowledgeElements: KnowledgeElement[]): KnowledgeElement[] {
  const latest = new Map<string, KnowledgeElement>();
  for (const element of knowledgeElements) {
    const current = latest.get(element.skillId);
    if (!current || element.createdAt.getTime() >= current.createdAt.getTime()) latest.set(element.skillId, element);
  }
  return [...latest.values()];
}
