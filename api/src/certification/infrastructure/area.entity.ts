import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Area } from '../domain/models/referential.js';

/** Reference data, inserted by the referential migration. */
@Entity({ tableName: 'areas', schema: 'certification' })
export class AreaEntity implements Area {
  [OptionalProps]?: 'color';

  @PrimaryKey({ type: 'text' })
  id!: string;

  @Unique({ name: 'areas_code_unique' })
  @Property({ type: 'string', length: 8 })
  code!: string;

  @Property({ type: 'string', length: 255 })
  title!: string;

  @Property({ type: 'string', length: 32, nullable: true })
  color: string | null = null;
}
