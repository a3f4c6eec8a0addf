import type { ClientAuditTrail, EventFeed, PartnerClientRepository, WebhookStore } from './repositories.js';
import type { ClientCredentials, ClientTokens, NetworkDirectory, TokenThrottle } from './services.js';

/** What the partners use cases need, injected so that tests can pass their own clock. */
export interface PartnersDependencies {
  clients: PartnerClientRepository;
  audit: ClientAuditTrail;
  credentials: ClientCredentials;
  tokens: ClientTokens;
  throttle: TokenThrottle;
  networks: NetworkDirectory;
  isEmailAddress: (value: string) => boolean;
  now: () => Date;
  newId: () => string;
  /** Runs `work` in one database transaction, with repositories bound to it. */
  transaction<T>(work: (deps: PartnersDependencies) => Promise<T>): Promise<T>;
}

/** What the webhook use cases need. */
export interface WebhookDependencies {
  webhooks: WebhookStore;
  events: EventFeed;
  /** A Standard Webhooks secret: `whsec_` and base64 of random bytes. */
  newSecret(): string;
  /** Development and tests only: http:// and private addresses as targets. */
  allowPrivateTargets: boolean;
  now: () => Date;
  newId: () => string;
}
