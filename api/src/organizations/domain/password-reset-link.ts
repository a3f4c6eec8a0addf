/** The console page where the person chooses a new password; the token is the whole secret. */
export function passwordResetLink(publicUrl: string, token: string): string {
  return `${publicUrl}/mot-de-passe/${token}`;
}
