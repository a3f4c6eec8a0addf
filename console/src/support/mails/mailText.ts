/** What the API puts in place of a secret it will not show support (api: outbox-for-support.ts). */
export const MASK = '••••••••';

export type MailTextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string } | { kind: 'masked'; text: string };

// A URL runs to the next white space; a closing punctuation mark is the sentence's, not the link's.
const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)»]/g;

/**
 * The text of an e-mail cut into plain text, links (clickable in the outbox) and masked links
 * (a secret stood there: shown as such, never as a link that would lead to an error page).
 */
export function mailTextParts(text: string): MailTextPart[] {
  const parts: MailTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push(match[0].includes(MASK) ? { kind: 'masked', text: match[0] } : { kind: 'link', href: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

export type InvitationState = 'PENDING' | 'ACCEPTED' | 'CANCELLED' | 'EXPIRED';

/** An invitation e-mail's state as support should read it: expiry counts only while still pending. */
export function invitationState(invitation: { status: string; isExpired: boolean } | null | undefined): InvitationState | null {
  if (!invitation) return null;
  if (invitation.status === 'PENDING') return invitation.isExpired ? 'EXPIRED' : 'PENDING';
  return invitation.status === 'ACCEPTED' || invitation.status === 'CANCELLED' ? invitation.status : null;
}
