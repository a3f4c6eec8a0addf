import { Entity, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Participant } from '../domain/models/participation.js';

/** A person as an organisation knows them: the name given at their first participation. */
@Entity({ tableName: 'participants', schema: 'campaigns' })
@Unique({ name: 'participants_organization_id_user_id_unique', properties: ['organizationId', 'userId'] })
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
