/** Messages between the bench (parent) and a server it forked (child), over Node's IPC channel. */

export type ServerKind = 'ours' | 'postgraphile' | 'floor';

export interface ChildStats {
  /** Resident set size now and its peak since the last reset, in bytes. */
  rss: number;
  peakRss: number;
  /** HTTP requests received and SQL statements sent to PostgreSQL since the last reset. */
  requests: number;
  statements: number;
}

export type ToChild = { type: 'reset' } | { type: 'report' };
export type FromChild = { type: 'ready'; url: string } | { type: 'failed'; error: string } | ({ type: 'report' } & ChildStats);
