/**
 * The console page where an invitee sees the organisation and accepts (guide p.52). The invited
 * address rides in the fragment, which browsers never send to a server (so it reaches no log): the
 * page pre-fills its forms with it, while the API itself only ever shows the address masked.
 */
export function invitationLink(publicUrl: string, invitation: { id: string; code: string; email?: string }): string {
  const fragment = invitation.email ? `#email=${encodeURIComponent(invitation.email)}` : '';
  return `${publicUrl}/invitations/${invitation.id}?code=${invitation.code}${fragment}`;
}
