/** The console page where the person chooses a new password; the token is the whole secret. */
export function passwordResetLink(publicUrl: string, token: string): string {
  return `${publicUrl}/mot-de-passe/${token}`;
}

const PASSWORD_RESET_LINK_IN_TEXT = /\/mot-de-passe\/[A-Za-z0-9_-]+/g;

/** The text with every reset token replaced by `mask`: the link would hand over the account. */
export function maskPasswordResetTokens(text: string, mask: string): string {
  return text.replace(PASSWORD_RESET_LINK_IN_TEXT, `/mot-de-passe/${mask}`);
}
