import type { Page, PageRequest } from '../../shared/pagination.js';
import type { Badge } from './models/badge.js';
import type { KnowledgeElement, NewKnowledgeElement } from './models/knowledge-element.js';
import type { Referential, Skill } from './models/referential.js';
import type { TargetProfile, TargetProfileSkillDetail } from './models/target-profile.js';

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
  targetProfiles: {
    findById(id: string): Promise<TargetProfile | null>;
    /** Public profiles and those shared with the organisation, Pix emploi first, then by name. */
    listVisibleToOrganization(organizationId: string, page: PageRequest): Promise<Page<TargetProfile>>;
    isSharedWithAnyOf(targetProfileId: string, organizationIds: readonly string[]): Promise<boolean>;
    /** The profile's skills with their competence and area, in referential order. */
    findSkills(targetProfileId: string): Promise<TargetProfileSkillDetail[]>;
  };
  badges: {
    findByKey(key: string): Promise<Badge | null>;
  };
  /** The organisations where the person is an active member (organizations context, through the request). */
  memberships: { findOrganizationIdsOf(userId: string): Promise<string[]> };
  settings: CertificationSettings;
}

/** What recording knowledge elements needs; `transaction` rebuilds them over one transaction. */
export interface KnowledgeElementRecordingDependencies {
  skills: { findByIds(ids: readonly string[]): Promise<Skill[]> };
  knowledgeElements: { append(elements: readonly NewKnowledgeElement[]): Promise<KnowledgeElement[]> };
  transaction<T>(work: (deps: KnowledgeElementRecordingDependencies) => Promise<T>): Promise<T>;
}
