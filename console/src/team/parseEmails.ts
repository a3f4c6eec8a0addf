export interface ParsedEmails {
  /** Trimmed, lower-cased, de-duplicated, in the order typed. */
  emails: string[];
  /** Entries that are not e-mail addresses, as typed. */
  invalid: string[];
}

// Deliberately loose (the API validates again): something@something.tld without spaces.
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/**
 * The "Inviter des membres" field (guide p.51): several addresses separated by commas,
 * semicolons, spaces or new lines, as pasted from a spreadsheet or an e-mail client.
 */
export function parseEmails(text: string): ParsedEmails {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const entry = raw.trim().replace(/^<(.*)>$/, '$1');
    if (!entry) continue;
    const email = entry.toLowerCase();
    if (!EMAIL.test(email)) invalid.push(raw.trim());
    else if (!emails.includes(email)) emails.push(email);
  }
  return { emails, invalid };
}
