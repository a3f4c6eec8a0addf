import type { KnowledgeElement } from './models/knowledge-element.js';
import type { Referential } from './models/referential.js';

export interface CertificationSettings {
  /** PRODUCT.md: levels are capped at this value (5 today, as Pix; the referential goes up to 8). */
  maxReachableLevel: number;
}

/**
 * What the certification use cases read. The application backs these with per-request loaders,
 * so that the profiles of many people cost one statement, and the referential is read once.
 */
export interface CertificationDependencies {
  referential: { get(): Promise<Referential> };
  knowledgeElements: {
    /** The latest element of each skill the person was assessed on. */
    findLatestByUserId(userId: string): Promise<KnowledgeElement[]>;
  };
  settings: CertificationSettings;
}
