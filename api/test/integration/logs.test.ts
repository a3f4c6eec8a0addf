import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN, SIGN_UP, buildSignUp, startTestServer, type TestServer } from '../support/index.js';
import { createLogger } from '../../src/shared/logger.js';

describe('logs', () => {
  const lines: string[] = [];
  let server: TestServer;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    // The most verbose level: every request and every SQL statement is logged.
    server = await startTestServer({}, { logger: createLogger('trace', sink) });
  });
  afterAll(() => server?.close());

  it('never contain a password or a token, even at trace level', async () => {
    const person = buildSignUp({ password: 'Very-Secret-Pass-1977' });
    const { signUp } = await server.client().ok(SIGN_UP, { input: person });
    await server.client().request(LOGIN, { email: person.email, password: 'Wrong-Secret-Pass-1977' });
    await server.client().withToken(signUp.accessToken).ok('{ me { id } }');

    const all = lines.join('');
    expect(all).toContain('/graphql');
    expect(all).toContain('select');
    expect(all).not.toContain('Very-Secret-Pass-1977');
    expect(all).not.toContain('Wrong-Secret-Pass-1977');
    expect(all).not.toContain(signUp.accessToken);
    expect(all).not.toContain(signUp.refreshToken.split('.')[1]);
  });
});
