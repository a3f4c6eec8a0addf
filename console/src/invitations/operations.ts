export interface InvitationPreview {
  id: string;
  organizationName: string;
  email: string;
  status: 'PENDING' | 'ACCEPTED' | 'CANCELLED';
  isExpired: boolean;
}

export const INVITATION_PREVIEW = `query InvitationPreview($id: ID!, $code: String!) {
  invitation(id: $id, code: $code) { id organizationName email status isExpired }
}`;

export const ACCEPT_INVITATION = `mutation AcceptInvitation($id: ID!, $code: String!) {
  acceptInvitation(id: $id, code: $code) { id role organization { id name } }
}`;

/** Why the invitation cannot be accepted any more, as an error code the console translates; null if it can. */
export function invitationProblem(preview: Pick<InvitationPreview, 'status' | 'isExpired'>): 'INVITATION_NOT_PENDING' | 'INVITATION_EXPIRED' | null {
  if (preview.status !== 'PENDING') return 'INVITATION_NOT_PENDING';
  if (preview.isExpired) return 'INVITATION_EXPIRED';
  return null;
}
