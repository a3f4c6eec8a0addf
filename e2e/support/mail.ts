import type { RunningApp } from './app.js';
import { bearerFor, DEMO_SUPPORT, graphql } from './api.js';

const INVITATION_LINK = /https?:\/\/\S+\/invitations\/[^\s?]+\?code=[A-Z0-9]+(#email=\S+)?/;

/**
 * The newest invitation link e-mailed to this address, read from the mail outbox as support reads
 * it, made relative to this application (the mail's host is the configured public URL). The
 * fragment (`#email=…`, the invited address the page pre-fills) is kept.
 */
export async function invitationLinkFor(app: RunningApp, recipient: string): Promise<string> {
  const { mailOutbox } = await graphql<{ mailOutbox: { nodes: { textBody: string }[] } }>(
    app,
    'query($recipient: String) { mailOutbox(recipient: $recipient, first: 5) { nodes { textBody } } }',
    { recipient },
    await bearerFor(app, DEMO_SUPPORT),
  );
  const match = mailOutbox.nodes.map((mail) => INVITATION_LINK.exec(mail.textBody)).find(Boolean);
  if (!match) throw new Error(`no invitation link in the outbox for ${recipient}: ${JSON.stringify(mailOutbox.nodes)}`);
  const url = new URL(match[0]);
  return `${app.url}${url.pathname}${url.search}${url.hash}`;
}

const PASSWORD_RESET_LINK = /https?:\/\/\S+\/mot-de-passe\/[A-Za-z0-9_-]+/;

/** The newest password reset link e-mailed to this address, read from the outbox as support reads it, made relative to this application. */
export async function passwordResetLinkFor(app: RunningApp, recipient: string): Promise<string> {
  const { mailOutbox } = await graphql<{ mailOutbox: { nodes: { textBody: string; subject: string }[] } }>(
    app,
    'query($recipient: String) { mailOutbox(recipient: $recipient, first: 5) { nodes { subject textBody } } }',
    { recipient },
    await bearerFor(app, DEMO_SUPPORT),
  );
  const match = mailOutbox.nodes.map((mail) => PASSWORD_RESET_LINK.exec(mail.textBody)).find(Boolean);
  if (!match) throw new Error(`no password reset link in the outbox for ${recipient}: ${JSON.stringify(mailOutbox.nodes.map((mail) => mail.subject))}`);
  return `${app.url}${new URL(match[0]).pathname}`;
}
