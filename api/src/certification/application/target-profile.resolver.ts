import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { CertificationContext } from './request-context.js';
import { organizationAccessFor } from '../../organizations/api/index.js';
import { MAX_PAGE_SIZE, pageRequest } from '../../shared/pagination.js';
import { toConnection } from '../../shared/graphql/connection.js';
import { getTargetProfile } from '../domain/usecases/get-target-profile.usecase.js';
import { listTargetProfiles } from '../domain/usecases/list-target-profiles.usecase.js';
import { groupSkillsByArea } from '../domain/read-models/target-profile-content.js';
import { Badge } from './badge.type.js';
import { certificationDependencies } from './dependencies.js';
import { TargetProfilesArgs } from './target-profile.args.js';
import { TargetProfile, TargetProfileArea, TargetProfileConnection } from './target-profile.type.js';

@Resolver(() => TargetProfile)
export class TargetProfileResolver {
  @Authorized()
  @Query(() => TargetProfileConnection, { description: 'The profiles an organisation may evaluate: public ones and those shared with it. Pix emploi first, then by name.' })
  async targetProfiles(@Args(() => TargetProfilesArgs) { organizationId, first, after }: TargetProfilesArgs, @Ctx() context: CertificationContext): Promise<TargetProfileConnection> {
    const page = await listTargetProfiles(
      { access: await organizationAccessFor(context, organizationId), organizationId, page: pageRequest(first ?? undefined, after, MAX_PAGE_SIZE) },
      certificationDependencies(context),
    );
    return toConnection(page, TargetProfile.from);
  }

  @Authorized()
  @Query(() => TargetProfile, { description: 'A public profile, or one shared with an organisation of yours (support: any). NOT_FOUND otherwise.' })
  async targetProfile(@Arg('id', () => ID) id: string, @Ctx() context: CertificationContext): Promise<TargetProfile> {
    return TargetProfile.from(await getTargetProfile({ actor: context.principal, id }, certificationDependencies(context)));
  }

  @FieldResolver(() => [TargetProfileArea], { description: "The profile's skills by area and competence, in referential order (only those it covers)." })
  async areas(@Root() targetProfile: TargetProfile, @Ctx() { loaders }: CertificationContext): Promise<TargetProfileArea[]> {
    const [referential, skills] = await Promise.all([loaders.certification.referential(), loaders.certification.skillsByTargetProfileId.load(targetProfile.id)]);
    return groupSkillsByArea(referential, skills).map(TargetProfileArea.from);
  }

  @FieldResolver(() => [Badge], { description: 'Badges earned on this profile, by title.' })
  async badges(@Root() targetProfile: TargetProfile, @Ctx() { loaders }: CertificationContext): Promise<Badge[]> {
    return (await loaders.certification.badgesByTargetProfileId.load(targetProfile.id)).map(Badge.from);
  }
}
