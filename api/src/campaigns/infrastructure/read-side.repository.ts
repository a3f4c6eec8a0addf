import type { EntityManager } from '@mikro-orm/postgresql';
import type * as Ports from '../domain/repositories.js';
import type { PersonInCampaign } from '../domain/repositories.js';
import { FORGET_CAMPAIGN_SQL, LOCK_PERSON_SQL, personContributionSql, REBUILD_SQL } from './read-side.sql.js';

const WITHDRAW = personContributionSql(-1);
const RECORD = personContributionSql(1);

/** The kept read side over PostgreSQL, in the caller's transaction (read-side.sql.ts). */
export class ReadSideRepository implements Ports.CampaignReadSide {
  constructor(private readonly em: EntityManager) {}

  async withdraw({ campaignId, participantId }: PersonInCampaign): Promise<void> {
    // Two statements: the contribution must be read after the lock is granted (a statement's
    // snapshot is taken when it starts), or two concurrent changes would both withdraw the same state.
    await this.em.execute(LOCK_PERSON_SQL, [participantId]);
    await this.em.execute(WITHDRAW, [campaignId, participantId]);
  }

  async record({ campaignId, participantId }: PersonInCampaign): Promise<void> {
    await this.em.execute(RECORD, [campaignId, participantId]);
  }

  async forgetCampaign(campaignId: string): Promise<void> {
    for (const statement of FORGET_CAMPAIGN_SQL) await this.em.execute(statement, [campaignId]);
  }
}

/** Recomputes every copy and aggregate from the participations, in one transaction (read-side:rebuild). */
export async function rebuildReadSide(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    for (const statement of REBUILD_SQL) await (tx as EntityManager).execute(statement);
  });
}
