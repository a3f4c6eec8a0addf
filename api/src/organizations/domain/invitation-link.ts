/** The console page where an invitee sees the organisation and accepts (guide p.52). */
export function invitationLink(publicUrl: string, invitation: { id: string; code: string }): string {
  return `${publicUrl}/invitations/${invitation.id}?code=${invitation.code}`;
}
