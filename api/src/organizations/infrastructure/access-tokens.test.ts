import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccessTokens } from './access-tokens.js';

const claims = { userId: '6f1c2a4e-8b1d-4c3e-9f2a-1b2c3d4e5f60', sessionId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' };

describe('AccessTokens', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps accepting a checked token until its expiry, then answers TOKEN_EXPIRED as jose does', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    const tokens = new AccessTokens('a-secret-of-at-least-thirty-two-characters', 900);
    const { token } = await tokens.sign(claims, new Date());
    expect(await tokens.verify(token)).toEqual({ ok: true, claims });
    vi.setSystemTime(new Date('2026-12-01T10:14:59Z'));
    expect(await tokens.verify(token)).toEqual({ ok: true, claims });
    vi.setSystemTime(new Date('2026-12-01T10:15:00Z'));
    expect(await tokens.verify(token)).toEqual({ ok: false, reason: 'TOKEN_EXPIRED' });
    // Forgotten once expired: a second look is jose's answer again, not a remembered one.
    expect(await tokens.verify(token)).toEqual({ ok: false, reason: 'TOKEN_EXPIRED' });
  });

  it('refuses a token signed with another secret or altered, even beside an accepted one', async () => {
    const tokens = new AccessTokens('a-secret-of-at-least-thirty-two-characters', 900);
    const other = new AccessTokens('another-secret-of-at-least-thirty-two-chars', 900);
    const { token } = await tokens.sign(claims, new Date());
    expect((await tokens.verify(token)).ok).toBe(true);
    const forged = (await other.sign(claims, new Date())).token;
    expect(await tokens.verify(forged)).toEqual({ ok: false, reason: 'TOKEN_INVALID' });
    const [header, payload, signature] = token.split('.');
    const altered = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await tokens.verify(altered)).toEqual({ ok: false, reason: 'TOKEN_INVALID' });
  });
});
