import type { SupportRole } from '../../../shared/auth/principal.js';

export interface User {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  supportRole: SupportRole | null;
  termsAcceptedAt: Date | null;
  lastLoggedAt: Date | null;
  createdAt: Date;
}

/** Trimmed and lower-cased: the form every e-mail is stored and compared in. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
