import type { AuthPayloadFieldsFragment, SessionUserFieldsFragment } from '../gql/graphql';

export type { SupportRole } from '../gql/graphql';

/** The signed-in user as auth/operations.ts reads it. */
export type CurrentUser = SessionUserFieldsFragment;

/** What `login` and `refreshAccessToken` return. */
export type AuthPayload = AuthPayloadFieldsFragment;

export interface Session extends AuthPayload {
  /**
   * Expiry on this browser's clock: `expiresAt` shifted by the gap between our clock and the
   * server's, so that a workstation whose clock is off does not refresh on every request.
   */
  localExpiresAt: number;
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One key, so that a session is written (and read by other tabs) all at once. */
export const SESSION_KEY = 'orga-spe.session';

export interface SessionStore {
  read(): Session | null;
  write(session: Session): void;
  clear(): void;
}

export function createSessionStore(storage?: KeyValueStorage): SessionStore {
  // Resolved at call time: modules importing this one also load where localStorage is absent.
  const store = () => storage ?? globalThis.localStorage;
  return {
    read() {
      const raw = store().getItem(SESSION_KEY);
      if (!raw) return null;
      try {
        const session = JSON.parse(raw) as Session;
        if (typeof session.accessToken === 'string' && typeof session.refreshToken === 'string' && session.user) {
          return session;
        }
      } catch {
        // fall through: a corrupt entry is as good as no session
      }
      store().removeItem(SESSION_KEY);
      return null;
    },
    write(session) {
      store().setItem(SESSION_KEY, JSON.stringify(session));
    },
    clear() {
      store().removeItem(SESSION_KEY);
    },
  };
}

/**
 * Builds the stored session from an API answer. `serverDate` is the response's `Date` header
 * (second precision is plenty against a 15-minute token).
 */
export function toSession(payload: AuthPayload, now: number, serverDate: number | null): Session {
  const skew = serverDate === null ? 0 : now - serverDate;
  const expiresAt = Date.parse(payload.expiresAt);
  return { ...payload, localExpiresAt: Number.isNaN(expiresAt) ? now : expiresAt + skew };
}
