import type { CampaignRepository, ParticipationReadRepository, ParticipationRepository } from './repositories.js';
import type { KnowledgeElementsRecorder, OrganizationDirectory, ResultsCalculator, TargetProfileDirectory } from './ports.js';
import type { CampaignsSettings } from '../campaigns.config.js';

export interface CampaignsDependencies {
  campaigns: CampaignRepository;
  participations: ParticipationRepository;
  participationReads: ParticipationReadRepository;
  organizations: OrganizationDirectory;
  targetProfiles: TargetProfileDirectory;
  knowledgeElements: KnowledgeElementsRecorder;
  results: ResultsCalculator;
  settings: CampaignsSettings;
  /** The one test of an e-mail address (shared/email-address.ts), for identifiers of type EMAIL. */
  isEmailAddress: (value: string) => boolean;
  now: () => Date;
  transaction<T>(work: (deps: CampaignsDependencies) => Promise<T>): Promise<T>;
}
