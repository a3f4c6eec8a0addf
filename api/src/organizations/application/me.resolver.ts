import { Ctx, Query, Resolver } from 'type-graphql';
import type { OrganizationsContext } from './request-context.js';
import { User } from './user.type.js';

@Resolver()
export class MeResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in person; null when anonymous.' })
  async me(@Ctx() { principal, loaders }: OrganizationsContext): Promise<User | null> {
    if (principal.kind !== 'user') return null;
    const user = await loaders.organizations.userById.load(principal.userId);
    return user && User.from(user);
  }
}
