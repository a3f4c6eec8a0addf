import { CampaignEntity } from './infrastructure/campaign.entity.js';
import { ParticipantEntity } from './infrastructure/participant.entity.js';
import { ParticipationEntity } from './infrastructure/participation.entity.js';

export const campaignsEntities = [CampaignEntity, ParticipantEntity, ParticipationEntity];
