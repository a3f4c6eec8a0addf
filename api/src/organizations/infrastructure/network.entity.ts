import { Entity, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Network } from '../domain/models/organization.js';

@Entity({ tableName: 'networks', schema: 'organizations' })
export class NetworkEntity implements Network {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Unique({ name: 'networks_code_unique' })
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
