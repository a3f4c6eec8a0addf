import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { callerScope, parseIdempotencyKey, requestFingerprint } from './idempotency-key.js';

const dataDir = mkdtempSync(join(tmpdir(), 'orga-spe-idempotency-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('idempotency keys', () => {
  it('accepts 1 to 255 printable ASCII characters and names the header otherwise', () => {
    expect(parseIdempotencyKey('3f1c9a9e-6c4e-4d55-9d1f-5a0e3b7f2c11')).toBe('3f1c9a9e-6c4e-4d55-9d1f-5a0e3b7f2c11');
    expect(parseIdempotencyKey('~'.repeat(255))).toHaveLength(255);
    for (const key of ['', 'a'.repeat(256), 'clé', 'a\tb', '\u0000']) {
      expect(() => parseIdempotencyKey(key)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'Idempotency-Key' })] }));
    }
  });

  it('takes the same request for the same, whatever the order of its variables, and a changed value for another', () => {
    const query = 'mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }';
    const one = requestFingerprint({ query, variables: { input: { name: 'A', type: 'PROFILES_COLLECTION' } }, operationName: null });
    expect(requestFingerprint({ query, variables: { input: { type: 'PROFILES_COLLECTION', name: 'A' } }, operationName: undefined })).toBe(one);
    expect(requestFingerprint({ query, variables: { input: { type: 'PROFILES_COLLECTION', name: 'B' } }, operationName: null })).not.toBe(one);
    expect(requestFingerprint({ query, variables: { input: { name: 'A', type: 'PROFILES_COLLECTION' } }, operationName: 'Other' })).not.toBe(one);
  });

  it('scopes keys to the caller', () => {
    expect(callerScope({ kind: 'anonymous' })).toBe('anonymous');
    expect(callerScope({ kind: 'user', userId: 'u1', sessionId: 's1', supportRole: null })).toBe('user:u1');
    expect(callerScope({ kind: 'service', service: 'assessment-engine' })).toBe('service:assessment-engine');
  });

  it('keeps answers 24 hours by default, never less', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).idempotencyKeyTtlHours).toBe(24);
    expect(loadConfig({ DATA_DIR: dataDir, IDEMPOTENCY_KEY_TTL_HOURS: '72' }).idempotencyKeyTtlHours).toBe(72);
    expect(() => loadConfig({ DATA_DIR: dataDir, IDEMPOTENCY_KEY_TTL_HOURS: '12' })).toThrow('IDEMPOTENCY_KEY_TTL_HOURS must be at least 24');
  });
});
