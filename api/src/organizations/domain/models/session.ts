export interface Session {
  id: string;
  userId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface IssuedTokens {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
}
