import { describe, expect, it } from 'vitest';
import { requestState, type MyCreationRequest } from './myRequests';

const request = (overrides: Partial<MyCreationRequest>): MyCreationRequest => ({
  id: 'r1',
  name: 'Mission Locale de Tulle',
  status: 'PENDING',
  rejectionReason: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  joinPath: null,
  organization: null,
  ...overrides,
});

describe('requestState', () => {
  it('reads the latest request only', () => {
    expect(requestState(undefined)).toEqual({ kind: 'none' });
    expect(requestState([])).toEqual({ kind: 'none' });
    expect(requestState([request({}), request({ id: 'r0', status: 'REJECTED' })]).kind).toBe('pending');
    expect(requestState([request({ status: 'REJECTED', rejectionReason: 'Doublon.' })]).kind).toBe('rejected');
  });

  it('leads into the space only while the approval invitation can be accepted', () => {
    expect(requestState([request({ status: 'APPROVED', joinPath: '/invitations/x?code=ABC' })])).toMatchObject({ kind: 'ready', request: { joinPath: '/invitations/x?code=ABC' } });
    expect(requestState([request({ status: 'APPROVED', joinPath: null })]).kind).toBe('approved');
  });
});
