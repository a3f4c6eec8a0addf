import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Competence } from '../domain/models/referential.js';
import { AreaEntity } from './area.entity.js';

/** Reference data, inserted by the referential migration. */
@Entity({ tableName: 'competences', schema: 'certification' })
export class CompetenceEntity implements Competence {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @ManyToOne({ entity: () => AreaEntity, mapToPk: true, fieldName: 'area_id', index: 'competences_area_id_index' })
  areaId!: string;

  @Unique({ name: 'competences_code_unique' })
  @Property({ type: 'string', length: 8 })
  code!: string;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  /** Display order, following the codes ('1.1' … '5.2') without relying on how text sorts. */
  @Property({ type: 'integer' })
  sortOrder!: number;
}
