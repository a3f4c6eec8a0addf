import { randomInt } from 'node:crypto';

export enum CampaignType {
  ASSESSMENT = 'ASSESSMENT',
  PROFILES_COLLECTION = 'PROFILES_COLLECTION',
}

export enum ExternalIdType {
  STRING = 'STRING',
  EMAIL = 'EMAIL',
}

export interface Campaign {
  id: string;
  organizationId: string;
  type: CampaignType;
  name: string;
  code: string;
  title: string | null;
  welcomeText: string | null;
  externalIdLabel: string | null;
  externalIdType: ExternalIdType | null;
  multipleSendings: boolean;
  targetProfileId: string | null;
  ownerId: string;
  creatorId: string;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  deletedAt: Date | null;
}

/** Guide p.53: 6 letters without I, L, O (read as 1 and 0) then 3 digits from 2 to 9. */
export const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_DIGITS = '23456789';
export const CODE_PATTERN = /^[A-HJKMNP-Z]{6}[2-9]{3}$/;

export function generateCampaignCode(): string {
  let code = '';
  for (let index = 0; index < 6; index += 1) code += CODE_LETTERS[randomInt(CODE_LETTERS.length)];
  for (let index = 0; index < 3; index += 1) code += CODE_DIGITS[randomInt(CODE_DIGITS.length)];
  return code;
}

/** What participants type is forgiving: spaces and lower case are fine. */
export function normalizeCampaignCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

export const CAMPAIGN_LIMITS = { name: 255, title: 50, welcomeText: 5000, externalIdLabel: 255 } as const;
