/** What the generator is asked for, and what it reports (README.md documents both). */
export interface ScaleOptions {
  organizations: number;
  campaigns: number;
  participations: number;
  seed?: number;
  /** Participations of the one big campaign (default 100,000). */
  bigCampaignParticipations?: number;
  /** Campaigns of the one big organisation, which also holds the big campaign (default 2,000). */
  bigOrganizationCampaigns?: number;
  /** Accounts with nothing yet, for participation-start benchmarks (default 1,000). */
  freshParticipants?: number;
  /** Every date is counted back from this instant (default 2026-11-01T00:00:00Z), never from the clock. */
  asOf?: string;
  /** Add the dataset to a database that already holds other data. */
  force?: boolean;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  phase: 'generate' | 'load' | 'index' | 'done';
  table: string;
  rows: number;
  rowsPerSecond: number;
}

export interface ScaleParameters {
  organizations: number;
  campaigns: number;
  participations: number;
  bigCampaignParticipations: number;
  bigOrganizationCampaigns: number;
  freshParticipants: number;
  asOf: string;
}

export interface ScaleManifest {
  seed: number;
  parameters: ScaleParameters;
  counts: Record<string, number>;
  bigCampaign: { id: string; code: string; organizationId: string; participationsCount: number };
  bigOrganization: { id: string; name: string; campaignsCount: number };
  admin: { email: string; password: string };
  participant: { email: string; password: string; participationId: string };
  twinCampaign: { id: string; code: string; organizationId: string; participationsCount: number };
  twinOrganization: { id: string; name: string; campaignsCount: number };
  twinAdmin: { email: string; password: string };
  joinableCampaignCode: string;
  joinableCampaignCodes: string[];
  freshParticipants: { email: string; password: string }[];
  alreadyPresent: boolean;
  durationMs: number;
}

/** Every account of the dataset signs in with it (it satisfies the sign-up rules). */
export const SCALE_PASSWORD = 'Pix-emploi-scale-2026';
export const SCALE_EMAIL_DOMAIN = 'scale.orga-spe.fr';
export const DEFAULT_SEED = 42;
export const DEFAULT_AS_OF = '2026-11-01T00:00:00.000Z';

export function resolveParameters(options: ScaleOptions): { seed: number; parameters: ScaleParameters } {
  const parameters: ScaleParameters = {
    organizations: options.organizations,
    campaigns: options.campaigns,
    participations: options.participations,
    bigCampaignParticipations: options.bigCampaignParticipations ?? 100_000,
    bigOrganizationCampaigns: options.bigOrganizationCampaigns ?? 2_000,
    freshParticipants: options.freshParticipants ?? 1_000,
    asOf: new Date(options.asOf ?? DEFAULT_AS_OF).toISOString(),
  };
  const seed = options.seed ?? DEFAULT_SEED;
  const problems: string[] = [];
  for (const [name, value] of Object.entries(parameters)) {
    if (name !== 'asOf' && (!Number.isInteger(value) || (value as number) < 0)) problems.push(`${name} must be a non-negative integer`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) problems.push('seed must be an integer from 0 to 4294967295');
  if (parameters.organizations < 1) problems.push('organizations must be at least 1');
  if (parameters.campaigns < 2) problems.push('campaigns must be at least 2 (the big one and one to join)');
  if (parameters.bigOrganizationCampaigns < 1) problems.push('bigOrganizationCampaigns must be at least 1 (it holds the big campaign)');
  if (parameters.bigOrganizationCampaigns > parameters.campaigns) problems.push('bigOrganizationCampaigns cannot exceed campaigns');
  if (parameters.organizations === 1 && parameters.campaigns !== parameters.bigOrganizationCampaigns) problems.push('with one organisation, campaigns must equal bigOrganizationCampaigns');
  if (parameters.bigCampaignParticipations < 1) problems.push('bigCampaignParticipations must be at least 1 (the manifest participant is there)');
  if (parameters.bigCampaignParticipations > parameters.participations) problems.push('bigCampaignParticipations cannot exceed participations');
  if (parameters.campaigns === 1 && parameters.participations !== parameters.bigCampaignParticipations) problems.push('with one campaign, participations must equal bigCampaignParticipations');
  if (Number.isNaN(Date.parse(parameters.asOf))) problems.push('asOf must be an ISO date');
  if (problems.length) throw new Error(`Invalid scale parameters: ${problems.join('; ')}`);
  return { seed, parameters };
}
