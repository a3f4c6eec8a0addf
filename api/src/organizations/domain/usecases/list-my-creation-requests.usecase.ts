import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import { CreationRequestStatus, type CreationRequest } from '../models/creation-request.js';
import { isExpired } from '../models/invitation.js';

/** How many of their own requests a person sees (the dashboard shows the latest). */
const OWN_REQUESTS_SHOWN = 10;

export interface OwnCreationRequest extends CreationRequest {
  /** Console path of the invitation sent on approval, while it can still be accepted. */
  joinPath: string | null;
}

/**
 * The signed-in person's own requests, newest first. An approved one carries the way into the new
 * space: the invitation support's approval sent to this very account's address, so the requester
 * does not have to find the e-mail (accepting still checks that the account is the invited one).
 */
export async function listMyCreationRequests({ actor }: { actor: UserPrincipal }, deps: OrganizationsDependencies): Promise<OwnCreationRequest[]> {
  const [requests, requester] = await Promise.all([deps.creationRequests.listOf(actor.userId, OWN_REQUESTS_SHOWN), deps.users.get(actor.userId)]);
  const now = deps.now();
  return Promise.all(
    requests.map(async (request) => {
      if (request.status !== CreationRequestStatus.APPROVED || !request.organizationId) return { ...request, joinPath: null };
      const invitation = await deps.invitations.findPending(request.organizationId, requester.email);
      const usable = invitation && !isExpired(invitation, now);
      return { ...request, joinPath: usable ? `/invitations/${invitation.id}?code=${invitation.code}` : null };
    }),
  );
}
