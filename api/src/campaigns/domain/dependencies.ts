import type { CampaignRepository } from '../infrastructure/campaign.repository.js';
import type { ParticipationReadRepository, ParticipationRepository } from '../infrastructure/participation.repository.js';
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
  now: () => Date;
  transaction<T>(work: (deps: CampaignsDependencies) => Promise<T>): Promise<T>;
}
