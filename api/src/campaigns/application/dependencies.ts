import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../../context.js';
import { MembershipRepository, organizationAccessFor, UserRepository } from '../../organizations/api/index.js';
import { campaignsSettings } from '../campaigns.config.js';
import { isEmailAddress } from '../../shared/email-address.js';
import { CampaignRepository } from '../infrastructure/campaign.repository.js';
import { ParticipationReadRepository, ParticipationRepository } from '../infrastructure/participation.repository.js';
import { CampaignAccess, type CampaignAccessLookup } from '../domain/campaign-access.js';
import type { CampaignsDependencies } from '../domain/dependencies.js';
import type { TargetProfileDirectory } from '../domain/ports.js';
import { targetProfileDirectory } from '../infrastructure/target-profile-directory.js';
import { knowledgeElementsRecorder, resultsCalculator } from '../infrastructure/certification-adapters.js';

export function campaignsDependencies(context: GraphQLContext): CampaignsDependencies {
  return buildCampaignsDependencies(context.em);
}

export function buildCampaignsDependencies(em: EntityManager, now: () => Date = () => new Date(), targetProfiles: TargetProfileDirectory = targetProfileDirectory(em)): CampaignsDependencies {
  const memberships = new MembershipRepository(em);
  const users = new UserRepository(em);
  return {
    campaigns: new CampaignRepository(em),
    participations: new ParticipationRepository(em),
    participationReads: new ParticipationReadRepository(em),
    organizations: {
      isActiveMember: async (organizationId, userId) => (await memberships.findActive(organizationId, userId)) !== null,
      getPerson: (userId) => users.get(userId),
    },
    settings: campaignsSettings(),
    isEmailAddress,
    targetProfiles,
    knowledgeElements: knowledgeElementsRecorder(em),
    results: resultsCalculator(em),
    now,
    transaction: (work) => em.transactional((tx) => work(buildCampaignsDependencies(tx as EntityManager, now, targetProfiles))),
  };
}

export function campaignAccessLookup(context: GraphQLContext): CampaignAccessLookup {
  return async (organizationId) => new CampaignAccess(await organizationAccessFor(context, organizationId));
}
