import type { EntityManager } from '@mikro-orm/postgresql';
import { getPerson, isActiveMember, organizationAccessFor } from '../../organizations/api/index.js';
import { recordPartnerEvent } from '../../partners/api/index.js';
import type { CampaignsContext } from './request-context.js';
import { campaignsSettings } from '../campaigns.config.js';
import { isEmailAddress } from '../../shared/email-address.js';
import { CampaignRepository } from '../infrastructure/campaign.repository.js';
import { ReadSideRepository } from '../infrastructure/read-side.repository.js';
import { ParticipationReadRepository, ParticipationRepository } from '../infrastructure/participation.repository.js';
import { CampaignAccess, type CampaignAccessLookup } from '../domain/campaign-access.js';
import type { CampaignsDependencies } from '../domain/dependencies.js';
import type { TargetProfileDirectory } from '../domain/services.js';
import { targetProfileDirectory } from '../infrastructure/target-profile-directory.js';
import { knowledgeElementsRecorder, resultsCalculator } from '../infrastructure/certification-adapters.js';

export function campaignsDependencies(context: CampaignsContext): CampaignsDependencies {
  return buildCampaignsDependencies(context.em);
}

export function buildCampaignsDependencies(em: EntityManager, now: () => Date = () => new Date(), targetProfiles: TargetProfileDirectory = targetProfileDirectory(em)): CampaignsDependencies {
  return {
    campaigns: new CampaignRepository(em),
    participations: new ParticipationRepository(em),
    participationReads: new ParticipationReadRepository(em),
    readSide: new ReadSideRepository(em),
    organizations: {
      isActiveMember: (organizationId, userId) => isActiveMember({ em }, organizationId, userId),
      getPerson: (userId) => getPerson({ em }, userId),
    },
    settings: campaignsSettings(),
    isEmailAddress,
    targetProfiles,
    knowledgeElements: knowledgeElementsRecorder(em),
    results: resultsCalculator(em),
    events: { record: (event) => recordPartnerEvent({ em }, event) },
    now,
    transaction: (work) => em.transactional((tx) => work(buildCampaignsDependencies(tx as EntityManager, now, targetProfiles))),
  };
}

export function campaignAccessLookup(context: CampaignsContext): CampaignAccessLookup {
  return async (organizationId) => new CampaignAccess(await organizationAccessFor(context, organizationId));
}
