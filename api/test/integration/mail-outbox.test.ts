import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestOrm } from '../support/database.js';
import { LocalSmtp } from '../support/local-smtp.js';
import { enqueueMail, findOutbox, type MailToSend } from '../../src/shared/mail/outbox.js';
import { MailWorker, type MailRound, type MailWorkerOptions } from '../../src/shared/mail/mail-worker.js';
import { createLogger } from '../../src/shared/logger.js';
import type { Orm } from '../../src/shared/database/orm.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface OutboxRow {
  recipient: string;
  subject: string;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date;
  sent_at: Date | null;
}

describe('mail outbox and SMTP worker', () => {
  let orm: Orm;
  let close: () => Promise<void>;
  let smtp: LocalSmtp;
  let clock: Date;
  const workers: MailWorker[] = [];
  const worker = (options: Partial<MailWorkerOptions> = {}, logger = createLogger('silent')) => {
    const created = new MailWorker(orm, logger, { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'Orga SPE <no-reply@orga-spe.fr>', now: () => clock, ...options });
    workers.push(created);
    return created;
  };
  // Raw rows (timestamps come back as text from a raw query).
  const outbox = async (): Promise<OutboxRow[]> =>
    (
      await orm.em
        .getConnection()
        .execute<OutboxRow[]>('select recipient, subject, status, attempts, last_error, next_attempt_at, sent_at from public.mail_outbox order by recipient')
    ).map((row) => ({ ...row, next_attempt_at: new Date(row.next_attempt_at), sent_at: row.sent_at ? new Date(row.sent_at) : null }));
  const mail = (to: string): MailToSend => ({ to, subject: `Bonjour ${to}`, text: `Texte pour ${to}`, template: 'test' });
  const enqueueCommitted = (...recipients: string[]) =>
    orm.em.fork().transactional(async (em) => {
      for (const recipient of recipients) await enqueueMail(em, mail(recipient), clock);
    });

  beforeAll(async () => {
    ({ orm, close } = await createTestOrm());
  });
  beforeEach(async () => {
    await smtp?.stop();
    smtp = new LocalSmtp(await freePort());
    await smtp.start();
    clock = new Date('2026-11-23T09:00:00Z');
    await orm.em.getConnection().execute('delete from public.mail_outbox');
  });
  afterAll(async () => {
    for (const created of workers) await created.stop();
    await smtp?.stop();
    await close?.();
  });

  it('keeps nothing of a transaction that rolls back', async () => {
    await expect(
      orm.em.fork().transactional(async (em) => {
        await enqueueMail(em, mail('a@example.fr'), clock);
        await enqueueMail(em, mail('b@example.fr'), clock);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    expect(await outbox()).toEqual([]);
    expect(await worker().runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toEqual([]);
  });

  it('sends the mails of a committed transaction once and marks them SENT', async () => {
    await enqueueCommitted('a@example.fr', 'b@example.fr');

    expect(await worker().runOnce()).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(smtp.received.map(({ to, subject }) => ({ to, subject })).sort((x, y) => x.to[0]!.localeCompare(y.to[0]!))).toEqual([
      { to: ['a@example.fr'], subject: 'Bonjour a@example.fr' },
      { to: ['b@example.fr'], subject: 'Bonjour b@example.fr' },
    ]);
    expect(smtp.received[0]!.raw).toMatch(/^From: Orga SPE <no-reply@orga-spe\.fr>/m);
    expect(await outbox()).toMatchObject([
      { recipient: 'a@example.fr', status: 'SENT', attempts: 1, last_error: null, sent_at: clock },
      { recipient: 'b@example.fr', status: 'SENT', attempts: 1, last_error: null, sent_at: clock },
    ]);

    expect(await worker().runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it('keeps mails while the SMTP server is down, then sends each once when it is back', async () => {
    await enqueueCommitted('a@example.fr', 'b@example.fr');
    await smtp.stop();
    const logs: string[] = [];
    const logger = createLogger('trace', { write: (line: string) => void logs.push(line) });

    expect(await worker({}, logger).runOnce()).toEqual({ sent: 0, retried: 2, failed: 0 });
    const waiting = await outbox();
    expect(waiting.map(({ status, attempts }) => [status, attempts])).toEqual([
      ['PENDING', 1],
      ['PENDING', 1],
    ]);
    for (const row of waiting) {
      expect(row.last_error).toMatch(/ECONNREFUSED/);
      expect(row.next_attempt_at.getTime()).toBeGreaterThan(clock.getTime());
    }
    expect(logs.join('')).toContain('will retry');
    expect(logs.join('')).not.toContain('Texte pour');

    // Back, but the back-off has not elapsed: nothing is tried yet.
    await smtp.start();
    expect(await worker().runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });

    clock = new Date(clock.getTime() + 5 * 60_000);
    expect(await worker().runOnce()).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(smtp.received.map(({ to }) => to).sort()).toEqual([['a@example.fr'], ['b@example.fr']]);
    expect(await outbox()).toMatchObject([
      { status: 'SENT', attempts: 2, last_error: null, sent_at: clock },
      { status: 'SENT', attempts: 2, last_error: null, sent_at: clock },
    ]);

    expect(await worker().runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it('sends each mail once when two workers claim the same due mails at the same moment', async () => {
    await smtp.stop();
    smtp = new LocalSmtp(smtp.port, 50);
    await smtp.start();
    const recipients = Array.from({ length: 10 }, (_, index) => `concurrent${index}@example.fr`);
    await enqueueCommitted(...recipients);

    // Each worker claims one row at a time per connection and skips those the other one holds.
    const [first, second] = await Promise.all([worker().runOnce(), worker().runOnce()]);

    expect(first.sent + second.sent).toBe(10);
    expect(first.sent).toBeGreaterThan(0);
    expect(second.sent).toBeGreaterThan(0);
    expect(smtp.received.map(({ to }) => to[0]).sort()).toEqual([...recipients].sort());
    expect((await outbox()).every((row) => row.status === 'SENT' && row.attempts === 1)).toBe(true);
  });

  it('gives up after the last attempt and marks the mail FAILED', async () => {
    await smtp.stop();
    await enqueueCommitted('never@example.fr');
    const stubborn = worker({ maxAttempts: 2 });

    expect(await stubborn.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    expect(await stubborn.runOnce()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await outbox()).toMatchObject([{ recipient: 'never@example.fr', status: 'FAILED', attempts: 2 }]);

    await smtp.start();
    clock = new Date(clock.getTime() + 24 * 3_600_000);
    expect(await stubborn.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toEqual([]);
  });

  it('does not wait for a mail server that accepts connections but never answers', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      await enqueueCommitted('patient@example.fr');
      const { port } = silent.address() as AddressInfo;
      const started = Date.now();

      const round = await worker({ smtpUrl: `smtp://127.0.0.1:${port}`, timeoutsMs: { greeting: 300 } }).runOnce();

      expect(round).toEqual({ sent: 0, retried: 1, failed: 0 });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect((await outbox())[0]!.last_error).toMatch(/greeting/i);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('stops between mails: the mail being sent finishes, the others stay due', async () => {
    await smtp.stop();
    smtp = new LocalSmtp(smtp.port, 200);
    await smtp.start();
    await enqueueCommitted('a@example.fr', 'b@example.fr', 'c@example.fr');
    const firstMessage = new Promise<void>((resolve) => (smtp.onMessage = resolve));
    const polling = worker({ pollIntervalMs: 60_000, connections: 1 });

    polling.start();
    await firstMessage;
    await polling.stop();

    expect(smtp.received).toHaveLength(1);
    // Claimed in id order, so which one went first is not known: count them.
    expect((await outbox()).map(({ status, attempts }) => `${status} ${attempts}`).sort()).toEqual(['PENDING 0', 'PENDING 0', 'SENT 1']);
  });

  it('sends many mails over a few SMTP connections, each with the Message-ID of its outbox row', async () => {
    const recipients = Array.from({ length: 12 }, (_, index) => `pooled${String(index).padStart(2, '0')}@example.fr`);
    await enqueueCommitted(...recipients);

    expect(await worker({ connections: 2 }).runOnce()).toEqual({ sent: 12, retried: 0, failed: 0 });

    expect(smtp.received.map(({ to }) => to[0]).sort()).toEqual(recipients);
    expect(smtp.connections).toBeLessThanOrEqual(2);
    const ids = await orm.em.getConnection().execute<{ id: string; recipient: string }[]>('select id, recipient from public.mail_outbox');
    for (const { id, recipient } of ids) {
      expect(smtp.received.find(({ to }) => to[0] === recipient)!.messageId).toBe(`<${id}@orga-spe>`);
    }
  });

  it('delivers every mail once when the SMTP server goes away under open pooled connections and comes back', async () => {
    const polling = worker();
    await enqueueCommitted('before1@example.fr', 'before2@example.fr');
    expect(await polling.runOnce()).toMatchObject({ sent: 2 });

    await smtp.stop();
    await enqueueCommitted('during1@example.fr', 'during2@example.fr', 'during3@example.fr');
    expect(await polling.runOnce()).toEqual({ sent: 0, retried: 3, failed: 0 });

    await smtp.start();
    clock = new Date(clock.getTime() + 5 * 60_000);
    expect(await polling.runOnce()).toEqual({ sent: 3, retried: 0, failed: 0 });
    clock = new Date(clock.getTime() + 60 * 60_000);
    expect(await polling.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(smtp.received.map(({ to }) => to[0]).sort()).toEqual(['before1@example.fr', 'before2@example.fr', 'during1@example.fr', 'during2@example.fr', 'during3@example.fr']);
    expect((await outbox()).map(({ status }) => status)).toEqual(['SENT', 'SENT', 'SENT', 'SENT', 'SENT']);
  });

  it('sends a mail once when the database refuses the SENT mark after the SMTP server accepted it', async () => {
    await enqueueCommitted('accepted@example.fr');
    const connection = orm.em.getConnection();
    // From now until the mail is accepted and a little after, every write of SENT fails in the database.
    await connection.execute(`create function public.refuse_sent() returns trigger language plpgsql as $$ begin raise exception 'database fault'; end $$`);
    await connection.execute(`create trigger refuse_sent before update on public.mail_outbox for each row when (new.status = 'SENT') execute function public.refuse_sent()`);
    let otherRound: Promise<MailRound> | undefined;
    smtp.beforeAccept = async () => {
      setTimeout(() => {
        // Another worker (another process) while the first one retries its mark: the lease keeps it off.
        otherRound = worker().runOnce();
        void otherRound.then(() => connection.execute('drop trigger refuse_sent on public.mail_outbox; drop function public.refuse_sent()'));
      }, 300);
    };

    expect(await worker({ markRetryMs: 50 }).runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });

    expect(await otherRound).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received.map(({ to }) => to[0])).toEqual(['accepted@example.fr']);
    expect(await outbox()).toMatchObject([{ status: 'SENT', attempts: 1, sent_at: clock }]);
    clock = new Date(clock.getTime() + 24 * 3_600_000);
    expect(await worker().runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('sends again, with the same Message-ID, a mail whose worker died between the SMTP accept and the mark', async () => {
    await enqueueCommitted('crashed@example.fr', 'busy@example.fr');
    // What a dead worker leaves: SENDING, one attempt counted, the lease over; a live worker's lease still runs.
    await orm.em.getConnection().execute(`update public.mail_outbox set status = 'SENDING', attempts = 1, next_attempt_at = ? where recipient = 'crashed@example.fr'`, [new Date(clock.getTime() - 1000)]);
    await orm.em.getConnection().execute(`update public.mail_outbox set status = 'SENDING', attempts = 1, next_attempt_at = ? where recipient = 'busy@example.fr'`, [new Date(clock.getTime() + 60_000)]);
    const [{ id }] = await orm.em.getConnection().execute<{ id: string }[]>(`select id from public.mail_outbox where recipient = 'crashed@example.fr'`);

    expect(await worker().runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });

    expect(smtp.received.map(({ to, messageId }) => [to[0], messageId])).toEqual([['crashed@example.fr', `<${id}@orga-spe>`]]);
    expect((await outbox()).map(({ recipient, status, attempts }) => [recipient, status, attempts])).toEqual([
      ['busy@example.fr', 'SENDING', 1],
      ['crashed@example.fr', 'SENT', 2],
    ]);
  });

  it("sends at its next round, not after the lease, a mail whose claim committed but whose answer the worker never got", async () => {
    await enqueueCommitted('lost-answer@example.fr', 'other-worker@example.fr');
    const sender = worker();
    // The database died as the claim committed: SENDING, the lease running, claimed by this worker,
    // which never saw the row; the other mail is held by another live worker.
    const lease = new Date(clock.getTime() + 5 * 60_000);
    await orm.em.getConnection().execute(`update public.mail_outbox set status = 'SENDING', attempts = 1, next_attempt_at = ?, claimed_by = ? where recipient = 'lost-answer@example.fr'`, [lease, sender.id]);
    await orm.em.getConnection().execute(`update public.mail_outbox set status = 'SENDING', attempts = 1, next_attempt_at = ?, claimed_by = gen_random_uuid() where recipient = 'other-worker@example.fr'`, [lease]);

    // A claim that fails (here: the database refuses it) is one whose answer may have been lost.
    await orm.em.getConnection().execute(`alter table public.mail_outbox add constraint refuse_claims check (status <> 'SENDING') not valid`);
    await enqueueCommitted('due@example.fr');
    await expect(sender.runOnce()).rejects.toThrow();
    await orm.em.getConnection().execute(`alter table public.mail_outbox drop constraint refuse_claims`);
    await orm.em.getConnection().execute(`delete from public.mail_outbox where recipient = 'due@example.fr'`);

    expect(await sender.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });

    expect(smtp.received.map(({ to }) => to[0])).toEqual(['lost-answer@example.fr']);
    expect((await outbox()).map(({ recipient, status, attempts }) => [recipient, status, attempts])).toEqual([
      ['lost-answer@example.fr', 'SENT', 2],
      ['other-worker@example.fr', 'SENDING', 1],
    ]);
  });

  it('shortens a subject longer than its column and refuses a list of recipients', async () => {
    const long = { ...mail('Long@Example.fr '), subject: `Invitation à rejoindre ${'É'.repeat(300)} sur Orga SPE` };
    await orm.em.fork().transactional((em) => enqueueMail(em, long, clock));
    const [row] = await outbox();
    expect(row!.recipient).toBe('long@example.fr');
    expect(Array.from(row!.subject)).toHaveLength(255);
    expect(row!.subject.endsWith('É…')).toBe(true);

    await expect(orm.em.fork().transactional((em) => enqueueMail(em, mail('a@example.fr, b@example.fr'), clock))).rejects.toThrow('one e-mail address');
    await expect(orm.em.fork().transactional((em) => enqueueMail(em, mail('Eve <eve@example.fr>'), clock))).rejects.toThrow('one e-mail address');
    expect(await outbox()).toHaveLength(1);
  });

  it('reads the outbox newest first, at most 100 a page, filtered by status', async () => {
    await orm.em.fork().transactional(async (em) => {
      for (let index = 0; index < 102; index += 1) {
        await enqueueMail(em, mail(`reader${String(index).padStart(3, '0')}@example.fr`), new Date(clock.getTime() + index * 1000));
      }
    });
    await orm.em.getConnection().execute(`update public.mail_outbox set status = 'FAILED' where recipient = 'reader000@example.fr'`);
    const em = orm.em.fork();

    const first = await findOutbox(em, {}, { first: 500, offset: 0 });
    expect(first.totalCount).toBe(102);
    expect(first.items).toHaveLength(100);
    expect(first.items[0]!.recipient).toBe('reader101@example.fr');
    const second = await findOutbox(em, {}, { first: 100, offset: 100 });
    expect(second.items.map((item) => item.recipient)).toEqual(['reader001@example.fr', 'reader000@example.fr']);

    const failed = await findOutbox(em, { status: 'FAILED' }, { first: 20, offset: 0 });
    expect(failed.items.map((item) => [item.recipient, item.status])).toEqual([['reader000@example.fr', 'FAILED']]);
    expect((await findOutbox(em, { recipient: ' Reader050@Example.fr ' }, { first: 20, offset: 0 })).totalCount).toBe(1);
    await expect(orm.em.getConnection().execute(`update public.mail_outbox set status = 'DELIVERED'`)).rejects.toThrow(/mail_outbox_status_check/);
  });
});

describe('invitation e-mails through an SMTP outage', () => {
  // A whole server and three accounts (argon2) in one test: a generous guard on a busy machine.
  it('keeps the invitation while the mail server is down and delivers it once it is back', { timeout: 90_000 }, async () => {
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
