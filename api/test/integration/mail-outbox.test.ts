import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrm } from '../support/database.js';
import { enqueueMail } from '../../src/shared/mail/outbox.js';
import { MailWorker } from '../../src/shared/mail/mail-worker.js';
import { createLogger } from '../../src/shared/logger.js';
import type { Orm } from '../../src/shared/database/orm.js';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that the test starts and stops like an outage. */
class LocalSmtp {
  received: Received[] = [];
  private server: SMTPServer | undefined;

  constructor(readonly port: number) {}

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.received.push({ to: session.envelope.rcptTo.map((address) => address.address), raw: Buffer.concat(chunks).toString() });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('mail outbox and SMTP worker', () => {
  let orm: Orm;
  let close: () => Promise<void>;
  let smtp: LocalSmtp;
  let clock = new Date();
  const workers: MailWorker[] = [];
  const worker = () => {
    const created = new MailWorker(orm, createLogger('silent'), { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'Orga SPE <no-reply@orga-spe.fr>', now: () => clock });
    workers.push(created);
    return created;
  };
  const status = async () =>
    orm.em.getConnection().execute<{ recipient: string; status: string; attempts: number; last_error: string | null; next_attempt_at: Date }[]>(
      'select recipient, status, attempts, last_error, next_attempt_at from public.mail_outbox order by recipient',
    );
  const mail = (to: string) => ({ to, subject: `Bonjour ${to}`, text: 'Texte', template: 'test' });

  beforeAll(async () => {
    ({ orm, close } = await createTestOrm());
    smtp = new LocalSmtp(await freePort());
  });
  afterAll(async () => {
    for (const created of workers) await created.stop();
    await smtp.stop();
    await close?.();
  });

  it('keeps nothing of a transaction that rolls back', async () => {
    await orm.em
      .fork()
      .transactional(async (em) => {
        await enqueueMail(em, mail('rolled-back@example.fr'), clock);
        throw new Error('the change failed');
      })
      .catch(() => undefined);
    expect(await status()).toEqual([]);
  });

  it('keeps mails while the SMTP server is down, then sends each once when it is back', async () => {
    await orm.em.fork().transactional(async (em) => {
      await enqueueMail(em, mail('a@example.fr'), clock);
      await enqueueMail(em, mail('b@example.fr'), clock);
    });

    // Outage: nothing listens on the port.
    expect(await worker().runOnce()).toEqual({ sent: 0, retried: 2, failed: 0 });
    const waiting = await status();
    expect(waiting.map((row) => [row.status, row.attempts])).toEqual([['PENDING', 1], ['PENDING', 1]]);
    expect(waiting[0]!.last_error).toBeTruthy();
    expect(new Date(waiting[0]!.next_attempt_at).getTime()).toBeGreaterThan(clock.getTime());

    // Back, but the back-off has not elapsed: nothing is tried yet.
    await smtp.start();
    expect(await worker().runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });

    clock = new Date(clock.getTime() + 5 * 60_000);
    expect(await worker().runOnce()).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(smtp.received.map((received) => received.to).sort()).toEqual([['a@example.fr'], ['b@example.fr']]);
    expect(smtp.received[0]!.raw).toContain('Subject: Bonjour');
    expect((await status()).map((row) => row.status)).toEqual(['SENT', 'SENT']);

    expect(await worker().runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it('sends each mail once when two workers run at the same moment', async () => {
    smtp.received = [];
    await orm.em.fork().transactional(async (em) => {
      for (let index = 0; index < 10; index += 1) await enqueueMail(em, mail(`concurrent${index}@example.fr`), clock);
    });
    const [first, second] = await Promise.all([worker().runOnce(), worker().runOnce()]);
    expect(first.sent + second.sent).toBe(10);
    expect(smtp.received).toHaveLength(10);
    expect(new Set(smtp.received.map((received) => received.to[0])).size).toBe(10);
  });

  it('gives up after the last attempt and marks the mail FAILED', async () => {
    await smtp.stop();
    await orm.em.fork().transactional((em) => enqueueMail(em, mail('zz-never@example.fr'), clock));
    const stubborn = new MailWorker(orm, createLogger('silent'), { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'x@example.fr', now: () => clock, maxAttempts: 2 });
    workers.push(stubborn);
    await stubborn.runOnce();
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    expect(await stubborn.runOnce()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect((await status()).find((row) => row.recipient === 'zz-never@example.fr')).toMatchObject({ status: 'FAILED', attempts: 2 });
  });
});

describe('invitation e-mails through an SMTP outage', () => {
  it('keeps the invitation while the mail server is down and delivers it once it is back', async () => {
    const { startTestServer, supportClient, createOrganization, addMember, INVITE } = await import('../support/index.js');
    const { SupportRole } = await import('../../src/shared/auth/principal.js');
    const server = await startTestServer();
    const smtp = new LocalSmtp(await freePort());
    let clock = new Date();
    const worker = new MailWorker(server.orm, createLogger('silent'), { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'no-reply@orga-spe.fr', now: () => clock });
    try {
      const { client: support } = await supportClient(server, SupportRole.SUPPORT);
      const organization = await createOrganization(support, 'Mission Locale de Guéret');
      const admin = await addMember(server, support, organization.id);
      await server.orm.em.getConnection().execute(`update public.mail_outbox set status = 'SENT'`);
      await admin.client.ok(INVITE, { organizationId: organization.id, emails: ['nouvelle.conseillere@example.fr'] });

      clock = new Date();
      expect(await worker.runOnce()).toMatchObject({ sent: 0, retried: 1 });
      await smtp.start();
      clock = new Date(clock.getTime() + 10 * 60_000);
      expect(await worker.runOnce()).toMatchObject({ sent: 1 });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toEqual(['nouvelle.conseillere@example.fr']);
      expect(smtp.received[0]!.raw).toMatch(/Subject: =\?UTF-8\?|Subject: Invitation/);
    } finally {
      await worker.stop();
      await smtp.stop();
      await server.close();
    }
  });
});
