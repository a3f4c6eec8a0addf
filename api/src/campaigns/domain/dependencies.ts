import type { Campaign } from './models/campaign.js';
import type { CampaignReadSide, CampaignRepository, ParticipationBatchReader, ParticipationReadRepository, ParticipationRepository } from './repositories.js';
import type { KnowledgeElementsRecorder, OrganizationDirectory, ResultsCalculator, ResultsExportReferential, TargetProfileDirectory } from './services.js';
import type { CampaignsSettings } from '../campaigns.config.js';
import type { CampaignEvents } from './events.js';

export interface CampaignsDependencies {
  campaigns: CampaignRepository;
  participations: ParticipationRepository;
  participationReads: ParticipationReadRepository;
  readSide: CampaignReadSide;
  organizations: OrganizationDirectory;
  targetProfiles: TargetProfileDirectory;
  knowledgeElements: KnowledgeElementsRecorder;
  results: ResultsCalculator;
  /** Partner networks' events, in the caller's transaction. */
  events: CampaignEvents;
  settings: CampaignsSettings;
  /** The one test of an e-mail address (shared/email-address.ts), for identifiers of type EMAIL. */
  isEmailAddress: (value: string) => boolean;
  now: () => Date;
  transaction<T>(work: (deps: CampaignsDependencies) => Promise<T>): Promise<T>;
}

/** What the CSV export use case gets: its own reads, on connections of their own. */
export interface ResultsExportDependencies {
  campaigns: { get(id: string): Promise<Campaign> };
  organizations: { getName(organizationId: string): Promise<string> };
  participations: ParticipationBatchReader;
  certification: ResultsExportReferential;
  batchSize: number;
}
