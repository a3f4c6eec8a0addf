import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CertificationContext } from './request-context.js';
import { getUserProfile } from '../domain/usecases/get-user-profile.usecase.js';
import { certificationDependencies } from './dependencies.js';
import { Profile } from './profile.type.js';
import { User } from './user.type.js';

@Resolver(() => User)
export class UserProfileResolver {
  @Authorized()
  // Nullable so that a refused profile (FORBIDDEN) blanks this field only, not a whole team list.
  @FieldResolver(() => Profile, { nullable: true, description: 'Pix score and level per competence. Readable by the person and by support (CERTIF, SUPPORT, SUPER_ADMIN).' })
  async profile(@Root() user: User, @Ctx() context: CertificationContext): Promise<Profile | null> {
    return Profile.from(await getUserProfile({ actor: context.principal, userId: user.id }, certificationDependencies(context)));
  }
}
