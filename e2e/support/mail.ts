import pg from 'pg';
import type { RunningApp } from './app.js';

const INVITATION_LINK = /https?:\/\/\S+\/invitations\/[^\s?]+\?code=[A-Z0-9]+(#email=\S+)?/;
const PASSWORD_RESET_LINK = /https?:\/\/\S+\/mot-de-passe\/[A-Za-z0-9_-]+/;

/**
 * The newest e-mails to this address as they went out (the outbox table, i.e. the recipient's
 * mailbox): support's `mailOutbox` masks the secrets of the links, so a journey that plays the
 * recipient reads the mail itself.
 */
async function mailsTo(app: RunningApp, recipient: string): Promise<{ subject: string; text_body: string }[]> {
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ subject: string; text_body: string }>(
      'select subject, text_body from public.mail_outbox where recipient = $1 order by created_at desc, id limit 5',
      [recipient.trim().toLowerCase()],
    );
    return rows;
  } finally {
    await client.end();
  }
}

/**
 * The newest invitation link e-mailed to this address, made relative to this application (the
 * mail's host is the configured public URL). The fragment (`#email=…`, the invited address the
 * page pre-fills) is kept.
 */
export async function invitationLinkFor(app: RunningApp, recipient: string): Promise<string> {
  const mails = await mailsTo(app, recipient);
  const match = mails.map((mail) => INVITATION_LINK.exec(mail.text_body)).find(Boolean);
  if (!match) throw new Error(`no invitation link in the outbox for ${recipient}: ${JSON.stringify(mails.map((mail) => mail.subject))}`);
  const url = new URL(match[0]);
  return `${app.url}${url.pathname}${url.search}${url.hash}`;
}

/** The newest password reset link e-mailed to this address, made relative to this application. */
export async function passwordResetLinkFor(app: RunningApp, recipient: string): Promise<string> {
  const mails = await mailsTo(app, recipient);
  const match = mails.map((mail) => PASSWORD_RESET_LINK.exec(mail.text_body)).find(Boolean);
  if (!match) throw new Error(`no password reset link in the outbox for ${recipient}: ${JSON.stringify(mails.map((mail) => mail.subject))}`);
  return `${app.url}${new URL(match[0]).pathname}`;
}
