import type { AuthProvider, UserIdentity } from 'react-admin';
import { errorMessageKey } from './errorCodes';
import { graphqlClient, type GraphQLClient } from './graphqlClient';
import type { SupportRole } from './session';

export interface Permissions {
  supportRole: SupportRole | null;
}

const isUnauthenticated = (error: unknown) => {
  const { code, status } = (error ?? {}) as { code?: unknown; status?: unknown };
  return code === 'UNAUTHENTICATED' || status === 401;
};

export function createAuthProvider(client: GraphQLClient): AuthProvider {
  return {
    async login({ username, password }: { username: string; password: string }) {
      try {
        await client.openSession(username.trim(), password);
      } catch (error) {
        // react-admin's login form notifies `error.message`, which it translates: give it the key.
        throw new Error(errorMessageKey(error), { cause: error });
      }
    },

    async logout() {
      await client.closeSession();
    },

    async checkAuth() {
      const session = client.getSession();
      // `message: false`: a first visit goes to the login page without an error notification.
      if (!session) throw { message: false };
      if (session.localExpiresAt > Date.now()) return;
      // An expired access token is fine while the refresh token works; offline, keep the session.
      const refreshed = await client.refreshSession().catch(() => session);
      if (!refreshed) throw { message: 'orga.errors.UNAUTHENTICATED' };
    },

    async checkError(error: unknown) {
      // FORBIDDEN, NOT_FOUND... keep the user signed in; the screen shows the message.
      if (!isUnauthenticated(error)) return;
      const alreadyTried = (error as { refreshAttempted?: boolean }).refreshAttempted === true;
      if (!alreadyTried && (await client.refreshSession().catch(() => null))) return;
      throw { message: 'orga.errors.UNAUTHENTICATED' };
    },

    async getIdentity(): Promise<UserIdentity> {
      const user = client.getSession()?.user;
      if (!user) throw new Error('orga.errors.UNAUTHENTICATED');
      return {
        id: user.id,
        fullName: `${user.firstName} ${user.lastName}`.trim(),
        firstName: user.firstName,
        lastName: user.lastName,
        email: user.email,
        supportRole: user.supportRole,
        // Older sessions stored before the flag existed count as accepted: the API still asks.
        hasAcceptedTermsOfService: user.hasAcceptedTermsOfService !== false,
      };
    },

    async getPermissions(): Promise<Permissions> {
      return { supportRole: client.getSession()?.user.supportRole ?? null };
    },
  };
}

export const authProvider = createAuthProvider(graphqlClient);
