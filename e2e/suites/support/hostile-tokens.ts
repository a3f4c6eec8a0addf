import { createHmac, randomUUID } from 'node:crypto';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

function hs256(header: object, payload: object, secret: string): string {
  const signed = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  return `${signed}.${createHmac('sha256', secret).update(signed).digest('base64url')}`;
}

/**
 * Tokens an attacker can make: none may authenticate, none may earn a server error. `sub` and
 * `sid` are those of a real session (read from a real token) where that makes the forgery closer.
 */
export function forgedTokens(options: { authSecret: string; realToken: string }): { kind: string; header: string }[] {
  const now = Math.floor(Date.now() / 1000);
  const real = JSON.parse(Buffer.from(options.realToken.split('.')[1]!, 'base64url').toString('utf8')) as { sub: string; sid: string };
  const claims = { sub: real.sub, sid: real.sid, iss: 'orga-spe', aud: 'orga-spe', iat: now, exp: now + 600 };
  const header = { alg: 'HS256', typ: 'JWT' };
  const bearer = (token: string) => `Bearer ${token}`;
  const [realHeader, realPayload] = options.realToken.split('.');
  return [
    { kind: 'alg-none', header: bearer(`${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.`) },
    { kind: 'alg-none-uppercase', header: bearer(`${base64url(JSON.stringify({ alg: 'NONE' }))}.${base64url(JSON.stringify(claims))}.`) },
    { kind: 'wrong-key', header: bearer(hs256(header, claims, 'not-the-secret-but-long-enough-1234567890')) },
    { kind: 'hs512-real-key', header: bearer(hs512({ alg: 'HS512', typ: 'JWT' }, claims, options.authSecret)) },
    { kind: 'no-exp', header: bearer(hs256(header, { ...claims, exp: undefined }, options.authSecret)) },
    { kind: 'expired', header: bearer(hs256(header, { ...claims, iat: now - 7200, exp: now - 3600 }, options.authSecret)) },
    { kind: 'sid-not-a-uuid', header: bearer(hs256(header, { ...claims, sid: 'not-a-uuid' }, options.authSecret)) },
    { kind: 'sid-nul-byte', header: bearer(hs256(header, { ...claims, sid: 'a\u0000b' }, options.authSecret)) },
    { kind: 'sid-unknown-uuid', header: bearer(hs256(header, { ...claims, sid: randomUUID() }, options.authSecret)) },
    { kind: 'sub-not-a-uuid', header: bearer(hs256(header, { ...claims, sub: "' OR 1=1 --" }, options.authSecret)) },
    { kind: 'sid-number', header: bearer(hs256(header, { ...claims, sid: 42 }, options.authSecret)) },
    { kind: 'sid-huge', header: bearer(hs256(header, { ...claims, sid: 'a'.repeat(4000) }, options.authSecret)) },
    { kind: 'wrong-issuer', header: bearer(hs256(header, { ...claims, iss: 'someone-else' }, options.authSecret)) },
    { kind: 'tampered-payload', header: bearer(`${realHeader}.${base64url(JSON.stringify({ ...claims, sub: randomUUID() }))}.${options.realToken.split('.')[2]}`) },
    { kind: 'truncated-signature', header: bearer(options.realToken.slice(0, -5)) },
    { kind: 'payload-not-json', header: bearer(`${realHeader}.${base64url('not json')}.${realPayload}`) },
    { kind: 'garbage', header: bearer('garbage') },
    { kind: 'garbage-dots', header: bearer('...') },
    { kind: 'empty-bearer', header: 'Bearer ' },
    { kind: 'unknown-scheme', header: 'Basic dXNlcjpwYXNz' },
    { kind: 'service-wrong-secret', header: 'Service not-the-engine-secret' },
    { kind: 'bearer-lowercase-garbage', header: 'bearer x.y.z' },
  ];
}

function hs512(header: object, payload: object, secret: string): string {
  const signed = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  return `${signed}.${createHmac('sha512', secret).update(signed).digest('base64url')}`;
}
