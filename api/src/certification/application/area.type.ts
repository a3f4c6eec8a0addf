import { Field, ID, ObjectType } from 'type-graphql';
import type { Area as AreaModel } from '../domain/models/referential.js';

@ObjectType({ description: 'One of the 5 areas ("domaines") of the Pix referential.' })
export class Area {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "'1' … '5'." })
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: "Pix's colour name for the area (e.g. 'jaffa'), for charts." })
  color!: string | null;

  static from(area: AreaModel): Area {
    return Object.assign(new Area(), { id: area.id, code: area.code, title: area.title, color: area.color });
  }
}
