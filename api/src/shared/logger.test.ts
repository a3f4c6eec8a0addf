import { describe, expect, it } from 'vitest';
import { serializeError, sqlWithoutValues } from './logger.js';

describe('what the logs keep of an error', () => {
  it('keeps a database error’s SQLSTATE, constraint and table, never its SQL, values or detail', () => {
    const error = Object.assign(
      new Error(`insert into "organizations"."users" ("email", "password_hash") values ('eve@example.fr', '$argon2id$v=19$abc') - duplicate key value violates unique constraint "users_email_unique"\n - detail: Key (lower(email::text))=(eve@example.fr) already exists.`),
      { code: '23505', constraint: 'users_email_unique', table: 'users', schema: 'organizations', detail: 'Key (email)=(eve@example.fr) already exists.', sql: 'insert …', parameters: ['eve@example.fr'], routine: '_bt_check_unique' },
    );

    const logged = serializeError(error) as Record<string, unknown>;

    expect(logged).toMatchObject({ code: '23505', constraint: 'users_email_unique', table: 'users', schema: 'organizations', routine: '_bt_check_unique' });
    expect(logged.message).toBe('duplicate key value violates unique constraint "…"');
    expect(logged).not.toHaveProperty('detail');
    expect(logged).not.toHaveProperty('sql');
    expect(logged).not.toHaveProperty('parameters');
    expect(JSON.stringify(logged)).not.toMatch(/eve@|argon2|insert/);
  });

  it('keeps any other error’s message and frames, without e-mail addresses, and serialises its cause the same way', () => {
    const cause = Object.assign(new Error('select 1 - terminating connection due to administrator command'), { code: '57P01' });
    const error = new Error('could not invite bob@example.fr', { cause });

    const logged = serializeError(error) as { message: string; stack: string; cause: { code: string; message: string } };

    expect(logged.message).toBe('could not invite [address]');
    expect(logged.stack).toMatch(/^\s+at /);
    expect(logged.stack).not.toContain('bob@');
    expect(logged.cause).toMatchObject({ code: '57P01', message: 'terminating connection due to administrator command' });
  });

  it('takes the literals out of the SQL of the trace log', () => {
    expect(sqlWithoutValues(`select * from users where email = 'o''brien@example.fr' and id = $1`)).toBe('select * from users where email = ? and id = $1');
  });
});
