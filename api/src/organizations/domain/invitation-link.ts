/**
 * The console page where an invitee sees the organisation and accepts (guide p.52). The invited
 * address rides in the fragment, which browsers never send to a server (so it reaches no log): the
 * page pre-fills its forms with it, while the API itself only ever shows the address masked.
 */
export function invitationLink(publicUrl: string, invitation: { id: string; code: string; email?: string }): string {
  const fragment = invitation.email ? `#email=${encodeURIComponent(invitation.email)}` : '';
  return `${publicUrl}/invitations/${invitation.id}?code=${invitation.code}${fragment}`;
}

// The link as invitationLink writes it: `/invitations/<id>?code=<CODE>`.
const INVITATION_LINK_IN_TEXT = /\/invitations\/([0-9a-fA-F-]{36})\?code=([A-Za-z0-9]+)/g;

/** The invitation an e-mail carries (the first invitation link in its text), or null. */
export function invitationIdIn(text: string): string | null {
  const [match] = text.matchAll(INVITATION_LINK_IN_TEXT);
  return match ? match[1]!.toLowerCase() : null;
}

/** The text with every invitation code replaced by a mask: whoever reads it cannot use the link. */
export function maskInvitationCodes(text: string): string {
  return text.replace(INVITATION_LINK_IN_TEXT, (_link, id: string) => `/invitations/${id}?code=${MASK}`);
}

/** What stands for a secret a reader of the outbox must not have. */
export const MASK = '••••••••';
