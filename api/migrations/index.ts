import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123070000_identity } from './Migration20261123070000_identity.js';
import { Migration20261123080000_referential } from './Migration20261123080000_referential.js';
import { Migration20261123090000_mail_outbox } from './Migration20261123090000_mail_outbox.js';
import { Migration20261123100000_organizations } from './Migration20261123100000_organizations.js';
import { Migration20261123110000_target_profiles } from './Migration20261123110000_target_profiles.js';
import { Migration20261123120000_campaigns } from './Migration20261123120000_campaigns.js';
import { Migration20261123130000_knowledge_element_reset } from './Migration20261123130000_knowledge_element_reset.js';
import { Migration20261201104000_invitation_last_sent } from './Migration20261201104000_invitation_last_sent.js';
import { Migration20261201110000_mail_outbox_sending } from './Migration20261201110000_mail_outbox_sending.js';
import { Migration20261201120000_idempotency_keys } from './Migration20261201120000_idempotency_keys.js';
import { Migration20261201130000_password_resets } from './Migration20261201130000_password_resets.js';
import { Migration20261201140000_creation_request_pending_unique } from './Migration20261201140000_creation_request_pending_unique.js';
import { Migration20261201150000_campaigns_french_collation } from './Migration20261201150000_campaigns_french_collation.js';
import { Migration20261201160000_mail_outbox_claimed_by } from './Migration20261201160000_mail_outbox_claimed_by.js';
import { Migration20261201190000_campaigns_read_side } from './Migration20261201190000_campaigns_read_side.js';
import { Migration20261201193000_campaign_list_index } from './Migration20261201193000_campaign_list_index.js';
import { Migration20261202020000_partners } from './Migration20261202020000_partners.js';
import { Migration20261202030000_partner_budget } from './Migration20261202030000_partner_budget.js';
import { Migration20261202040000_webhooks } from './Migration20261202040000_webhooks.js';
import { Migration20261202050000_network_access } from './Migration20261202050000_network_access.js';

/**
 * Every migration, in order. Listed rather than discovered so that they load the same way under
 * tsx, Vitest and a bundler; a test fails when a file of this folder is missing here.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123070000_identity', class: Migration20261123070000_identity },
  { name: 'Migration20261123080000_referential', class: Migration20261123080000_referential },
  { name: 'Migration20261123090000_mail_outbox', class: Migration20261123090000_mail_outbox },
  { name: 'Migration20261123100000_organizations', class: Migration20261123100000_organizations },
  { name: 'Migration20261123110000_target_profiles', class: Migration20261123110000_target_profiles },
  { name: 'Migration20261123120000_campaigns', class: Migration20261123120000_campaigns },
  { name: 'Migration20261123130000_knowledge_element_reset', class: Migration20261123130000_knowledge_element_reset },
  { name: 'Migration20261201104000_invitation_last_sent', class: Migration20261201104000_invitation_last_sent },
  { name: 'Migration20261201110000_mail_outbox_sending', class: Migration20261201110000_mail_outbox_sending },
  { name: 'Migration20261201120000_idempotency_keys', class: Migration20261201120000_idempotency_keys },
  { name: 'Migration20261201130000_password_resets', class: Migration20261201130000_password_resets },
  { name: 'Migration20261201140000_creation_request_pending_unique', class: Migration20261201140000_creation_request_pending_unique },
  { name: 'Migration20261201150000_campaigns_french_collation', class: Migration20261201150000_campaigns_french_collation },
  { name: 'Migration20261201160000_mail_outbox_claimed_by', class: Migration20261201160000_mail_outbox_claimed_by },
  { name: 'Migration20261201190000_campaigns_read_side', class: Migration20261201190000_campaigns_read_side },
  { name: 'Migration20261201193000_campaign_list_index', class: Migration20261201193000_campaign_list_index },
  { name: 'Migration20261202020000_partners', class: Migration20261202020000_partners },
  { name: 'Migration20261202030000_partner_budget', class: Migration20261202030000_partner_budget },
  { name: 'Migration20261202040000_webhooks', class: Migration20261202040000_webhooks },
  { name: 'Migration20261202050000_network_access', class: Migration20261202050000_network_access },
];
