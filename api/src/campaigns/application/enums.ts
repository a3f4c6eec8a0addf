import { registerEnumType } from 'type-graphql';
import { CampaignType, ExternalIdType } from '../domain/models/campaign.js';
import { ParticipationStatus } from '../domain/models/participation.js';

export enum CampaignStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

registerEnumType(CampaignType, { name: 'CampaignType', description: 'ASSESSMENT evaluates a target profile; PROFILES_COLLECTION collects the whole Pix profile.' });
registerEnumType(ExternalIdType, { name: 'ExternalIdType', description: 'How the custom identifier is checked.' });
registerEnumType(ParticipationStatus, { name: 'ParticipationStatus', description: 'STARTED (en cours de test), TO_SHARE (en attente), SHARED (résultats reçus).' });
registerEnumType(CampaignStatus, { name: 'CampaignStatus' });

export { CampaignType, ExternalIdType, ParticipationStatus };
