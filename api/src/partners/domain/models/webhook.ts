import type { PartnerScope } from '../../../shared/auth/partner-scopes.js';

/** The events a client may subscribe to (issue 16; the prescriptions' come with the reporting feeds). */
export const EVENT_TYPES = [
  'participation.started',
  'participation.completed',
  'participation.shared',
  'campaign.created',
  'campaign.archived',
  'campaign.unarchived',
  'campaign.deleted',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** Who may hear of what: a person's progress is results, a campaign's life is campaigns. */
export function scopeOf(type: EventType): PartnerScope {
  return type.startsWith('participation.') ? 'results:read' : 'campaigns:read';
}

/**
 * Standard Webhooks' schedule: the first attempt at once, then after 5 s, 5 min, 30 min, 2 h,
 * 5 h, 10 h, 14 h, 20 h and 24 h (about three days in all), each with ±10 % jitter.
 */
export const STANDARD_RETRY_SCHEDULE_SECONDS = [5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400] as const;

export function nextAttemptDelayMs(failedAttempts: number, scheduleSeconds: readonly number[], random: () => number = Math.random): number | null {
  const seconds = scheduleSeconds[failedAttempts - 1];
  if (seconds === undefined) return null;
  return Math.round(seconds * 1000 * (0.9 + 0.2 * random()));
}

export interface WebhookEndpoint {
  id: string;
  partnerClientId: string;
  url: string;
  description: string | null;
  eventTypes: EventType[];
  disabledAt: Date | null;
  /** `GONE` (the receiver answered 410), `FAILING` (failing for days), `MANUAL`. */
  disabledReason: string | null;
  failingSince: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type DeliveryStatus = 'PENDING' | 'SENDING' | 'DELIVERED' | 'FAILED';

/** Events and their deliveries are kept this long (Stripe keeps 30 days), then purged. */
export const EVENT_RETENTION_DAYS = 30;

export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  occurredAt: Date;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export interface AttemptView {
  attempt: number;
  at: Date;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseExcerpt: string | null;
}
