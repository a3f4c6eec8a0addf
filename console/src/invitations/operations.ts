import { graphql } from '../gql';
import type { InvitationPreviewQuery } from '../gql/graphql';

/** The invitation as its page shows it; `maskedEmail` is the invited address as the API shows it: `j***@exemple.fr`. */
export type InvitationPreview = InvitationPreviewQuery['invitation'];

export const INVITATION_PREVIEW = graphql(`
  query InvitationPreview($id: ID!, $code: String!) {
    invitation(id: $id, code: $code) { id organizationName maskedEmail status isExpired }
  }
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($id: ID!, $code: String!) {
    acceptInvitation(id: $id, code: $code) { id role organization { id name } }
  }
`);

/** Why the invitation cannot be accepted any more, as an error code the console translates; null if it can. */
export function invitationProblem(preview: Pick<InvitationPreview, 'status' | 'isExpired'>): 'INVITATION_NOT_PENDING' | 'INVITATION_EXPIRED' | null {
  if (preview.status !== 'PENDING') return 'INVITATION_NOT_PENDING';
  if (preview.isExpired) return 'INVITATION_EXPIRED';
  return null;
}

/** The API's masking (api: maskEmail): first character, `***`, then the domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${Array.from(email)[0]}***${email.slice(at)}`;
}

/**
 * The invited address from the e-mail link's fragment (`#email=…`, never sent to the server), to
 * pre-fill the forms; only when it is the address the invitation names (its mask matches).
 */
export function invitedEmailFromFragment(hash: string, maskedEmail: string): string {
  let email = '';
  try {
    email = new URLSearchParams(hash.replace(/^#/, '')).get('email')?.trim().toLowerCase() ?? '';
  } catch {
    return '';
  }
  return email && maskEmail(email) === maskedEmail ? email : '';
}

/**
 * Whether the signed-in account may be the invited one. Only that account can accept (the API
 * answers INVITATION_EMAIL_MISMATCH otherwise); the page knows the full address when the link
 * carried it, else only its mask.
 */
export function mayBeInvitee(sessionEmail: string, preview: Pick<InvitationPreview, 'maskedEmail'>, invitedEmail: string): boolean {
  const email = sessionEmail.trim().toLowerCase();
  return invitedEmail ? email === invitedEmail : maskEmail(email) === preview.maskedEmail;
}
