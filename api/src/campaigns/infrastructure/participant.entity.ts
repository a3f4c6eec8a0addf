import { Entity, Index, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Participant } from '../domain/models/participation.js';
import { NAME_ORDER, PARTICIPANT_SEARCH_TEXT } from './read-side.indexes.js';

/** A person as an organisation knows them: the name given at their first participation. */
@Entity({ tableName: 'participants', schema: 'campaigns' })
@Unique({ name: 'participants_organization_id_user_id_unique', properties: ['organizationId', 'userId'] })
@Index({ name: 'participants_organization_name_index', expression: `create index "participants_organization_name_index" on "campaigns"."participants" ("organization_id", ${NAME_ORDER})` })
@Index({ name: 'participants_search_index', expression: `create index "participants_search_index" on "campaigns"."participants" using gin ("organization_id", (${PARTICIPANT_SEARCH_TEXT}) gin_trgm_ops)` })
export class ParticipantEntity implements Participant {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 255 })
  firstName!: string;

  @Property({ type: 'string', length: 255 })
  lastName!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
