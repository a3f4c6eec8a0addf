import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { CertificationContext } from './request-context.js';
import { competencesOf } from '../domain/models/referential.js';
import { getReferential } from '../domain/usecases/get-referential.usecase.js';
import { Area } from './area.type.js';
import { Competence } from './competence.type.js';
import { certificationDependencies } from './dependencies.js';

@Resolver(() => Area)
export class ReferentialResolver {
  @Query(() => [Area], { description: 'Public: the Pix referential, areas by code, each with its competences by code.' })
  async referential(@Ctx() context: CertificationContext): Promise<Area[]> {
    return (await getReferential(certificationDependencies(context))).areas.map(Area.from);
  }

  @FieldResolver(() => [Competence], { description: 'By code.' })
  async competences(@Root() area: Area, @Ctx() { loaders }: CertificationContext): Promise<Competence[]> {
    return competencesOf(await loaders.certification.referential(), area.id).map(Competence.from);
  }
}
