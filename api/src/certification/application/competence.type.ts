import { Field, ID, ObjectType } from 'type-graphql';
import type { Competence as CompetenceModel } from '../domain/models/referential.js';

@ObjectType({ description: 'One of the 16 competences of the Pix referential (1.1 … 5.2).' })
export class Competence {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "'1.1' … '5.2'." })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'What the competence covers (the guide\'s "Description générale").' })
  description!: string;

  areaId!: string;

  static from(competence: CompetenceModel): Competence {
    return Object.assign(new Competence(), {
      id: competence.id,
      code: competence.code,
      name: competence.name,
      description: competence.description,
      areaId: competence.areaId,
    });
  }
}
