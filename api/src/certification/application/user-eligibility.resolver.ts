import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CertificationContext } from './request-context.js';
import { getCertificationEligibility } from '../domain/usecases/get-certification-eligibility.usecase.js';
import { CertificationEligibility } from './certification-eligibility.type.js';
import { certificationDependencies } from './dependencies.js';
import { User } from './user.type.js';

@Resolver(() => User)
export class UserEligibilityResolver {
  @Authorized()
  // Nullable, as `profile`: a refused answer (FORBIDDEN) blanks this field only.
  @FieldResolver(() => CertificationEligibility, {
    nullable: true,
    description: 'Pix certification (5 competences at level 1 or more) and CléA numérique eligibility. Readable by the person and by support (CERTIF, SUPPORT, SUPER_ADMIN).',
  })
  async certificationEligibility(@Root() user: User, @Ctx() context: CertificationContext): Promise<CertificationEligibility | null> {
    return CertificationEligibility.from(await getCertificationEligibility({ actor: context.principal, userId: user.id }, certificationDependencies(context)));
  }
}
