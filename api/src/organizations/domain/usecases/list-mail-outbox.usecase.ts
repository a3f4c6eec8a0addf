import type { Page, PageRequest } from '../../../shared/pagination.js';
import type { OutboxReader } from '../mailer.js';
import { forSupport, type SupportOutboxMail } from '../outbox-for-support.js';

/**
 * Support sees what was sent, what waits for the mail server and what failed (authorised at the
 * edge), with the secrets of the links masked (outbox-for-support.ts).
 */
export async function listMailOutbox(
  { status, recipient, page }: { status: string | null; recipient: string | null; page: PageRequest },
  { outbox }: { outbox: OutboxReader },
): Promise<Page<SupportOutboxMail>> {
  const found = await outbox.find({ status, recipient }, page);
  return { ...found, items: found.items.map(forSupport) };
}
