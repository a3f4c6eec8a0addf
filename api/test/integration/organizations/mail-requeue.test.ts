import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpAs, startTestServer, supportClient, type TestServer } from '../../support/index.js';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { enqueueMail } from '../../../src/shared/mail/outbox.js';

const REQUEUE = `mutation ($id: ID!) { requeueMail(id: $id) { id status attempts lastError nextAttemptAt } }`;

describe('support requeues a failed e-mail', () => {
  let server: TestServer;
  const sql = <T extends object[] = object[]>(statement: string, values: unknown[] = []) => server.orm.em.getConnection().execute<T>(statement, values);
  /** A mail in the outbox with the given status, as the worker leaves it. */
  const mailWith = async (status: 'FAILED' | 'PENDING' | 'SENT', recipient: string) => {
    await server.orm.em.fork().transactional((em) => enqueueMail(em, { to: recipient, subject: 'Invitation', text: 'Texte', template: 'invitation' }));
    await sql(`update public.mail_outbox set status = ?, attempts = 10, last_error = 'ECONNREFUSED: connect ECONNREFUSED', next_attempt_at = '2026-01-01' where recipient = ?`, [status, recipient]);
    const [row] = await sql<{ id: string }[]>('select id from public.mail_outbox where recipient = ?', [recipient]);
    return row!.id;
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('puts a FAILED mail back in the queue, due now, attempts from zero, and writes the audit log', async () => {
    const { client: support, person } = await supportClient(server, SupportRole.SUPPORT);
    const id = await mailWith('FAILED', 'failed@example.fr');
    const before = Date.now();

    const { requeueMail } = await support.ok(REQUEUE, { id });

    expect(requeueMail).toMatchObject({ id, status: 'PENDING', attempts: 0, lastError: null });
    expect(new Date(requeueMail.nextAttemptAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const [row] = await sql<{ status: string; attempts: number; next_attempt_at: string }[]>('select status, attempts, next_attempt_at from public.mail_outbox where id = ?', [id]);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(new Date(row!.next_attempt_at).getTime()).toBeLessThanOrEqual(Date.now());

    const { client: superAdmin } = await supportClient(server, SupportRole.SUPER_ADMIN);
    const { auditLog } = await superAdmin.ok(`query ($id: ID!) { auditLog(targetId: $id) { nodes { action actorRole targetType before after actor { id } } } }`, { id });
    expect(auditLog.nodes).toEqual([
      {
        action: 'MAIL_REQUEUED',
        actorRole: 'SUPPORT',
        targetType: 'OutboxMail',
        actor: { id: person.user.id },
        before: expect.objectContaining({ status: 'FAILED', attempts: 10 }),
        after: expect.objectContaining({ status: 'PENDING', attempts: 0, lastError: null }),
      },
    ]);
  });

  it('is open to SUPER_ADMIN, refused to other support roles and members, NOT_FOUND for an unknown id, MAIL_NOT_FAILED otherwise', async () => {
    const { client: superAdmin } = await supportClient(server, SupportRole.SUPER_ADMIN);
    const failed = await mailWith('FAILED', 'failed-again@example.fr');
    expect((await superAdmin.ok(REQUEUE, { id: failed })).requeueMail.status).toBe('PENDING');

    const other = await mailWith('FAILED', 'other@example.fr');
    const { client: metier } = await supportClient(server, SupportRole.METIER);
    const { client: certif } = await supportClient(server, SupportRole.CERTIF);
    const member = server.client();
    await signUpAs(member);
    expect(await metier.errorCodes(REQUEUE, { id: other })).toEqual(['FORBIDDEN']);
    expect(await certif.errorCodes(REQUEUE, { id: other })).toEqual(['FORBIDDEN']);
    expect(await member.errorCodes(REQUEUE, { id: other })).toEqual(['FORBIDDEN']);
    expect(await server.client().errorCodes(REQUEUE, { id: other })).toEqual(['UNAUTHENTICATED']);
    expect((await sql<{ status: string }[]>('select status from public.mail_outbox where id = ?', [other]))[0]!.status).toBe('FAILED');

    expect(await superAdmin.errorCodes(REQUEUE, { id: '00000000-0000-4000-8000-000000000000' })).toEqual(['NOT_FOUND']);
    for (const status of ['PENDING', 'SENT'] as const) {
      const id = await mailWith(status, `${status.toLowerCase()}@example.fr`);
      const result = await superAdmin.request(REQUEUE, { id });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'MAIL_NOT_FAILED', status });
      expect((await sql<{ status: string; attempts: number }[]>('select status, attempts from public.mail_outbox where id = ?', [id]))[0]).toEqual({ status, attempts: 10 });
    }
    // Requeued once already: PENDING now, a second requeue is refused.
    expect(await superAdmin.errorCodes(REQUEUE, { id: failed })).toEqual(['MAIL_NOT_FAILED']);
  });
});
