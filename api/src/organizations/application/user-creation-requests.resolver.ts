import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OrganizationsContext } from './request-context.js';
import { ForbiddenError } from '../../shared/errors/domain-error.js';
import { listMyCreationRequests } from '../domain/usecases/list-my-creation-requests.usecase.js';
import { OrganizationCreationRequest } from './creation-request.type.js';
import { organizationsDependencies } from './dependencies.js';
import { User } from './user.type.js';

@Resolver(() => User)
export class UserCreationRequestsResolver {
  @FieldResolver(() => [OrganizationCreationRequest], {
    description:
      "The person's own requests for an Orga space, newest first (the latest 10), each with its status; an approved one gives joinPath. Readable by the person only (support reads Query.organizationCreationRequests).",
  })
  async organizationCreationRequests(@Root() user: User, @Ctx() context: OrganizationsContext): Promise<OrganizationCreationRequest[]> {
    const { principal } = context;
    if (principal.kind !== 'user' || principal.userId !== user.id) throw new ForbiddenError("Les demandes d'une autre personne ne sont pas visibles.");
    return (await listMyCreationRequests({ actor: principal }, organizationsDependencies(context))).map(OrganizationCreationRequest.from);
  }
}
