import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CertificationContext } from './request-context.js';
import { areaOf } from '../domain/models/referential.js';
import { Area } from './area.type.js';
import { Competence } from './competence.type.js';
import { Skill } from './skill.type.js';

@Resolver(() => Competence)
export class CompetenceFieldsResolver {
  @FieldResolver(() => Area)
  async area(@Root() competence: Competence, @Ctx() { loaders }: CertificationContext): Promise<Area> {
    return Area.from(areaOf(await loaders.certification.referential(), competence));
  }

  @FieldResolver(() => [Skill], { description: "By name: topic, then level ('@tube1', '@tube2'…)." })
  async skills(@Root() competence: Competence, @Ctx() { loaders }: CertificationContext): Promise<Skill[]> {
    return (await loaders.certification.skillsByCompetenceId.load(competence.id)).map(Skill.from);
  }
}
