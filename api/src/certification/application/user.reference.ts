import { User } from './user.type.js';

/**
 * The gateway hands us a `User` by id to resolve `profile` and friends. Nothing to read: the
 * fields themselves load what they need (batched), and the organizations subgraph vouches for the id.
 */
export function resolveUserReference(reference: { id: string }): User {
  return User.of(reference.id);
}
