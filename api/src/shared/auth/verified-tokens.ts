import { LRUCache } from 'lru-cache';

/**
 * Tokens whose signature checked out, remembered until their `exp`: a client sends the same token
 * with every request, and the HMAC through WebCrypto cost more than the rest of a light request's
 * authentication. Only good tokens are kept; what they name is still checked on each request.
 */
export class VerifiedTokens<Claims> {
  private readonly known = new LRUCache<string, { claims: Claims; exp: number }>({ max: 10_000 });

  /** The claims of a remembered token, `'expired'` once past its `exp`, or undefined when unknown. */
  lookup(token: string): Claims | 'expired' | undefined {
    const entry = this.known.get(token);
    if (!entry) return undefined;
    // jose's rule: expired once `exp` is not after now, in whole seconds.
    if (entry.exp <= Math.floor(Date.now() / 1000)) {
      this.known.delete(token);
      return 'expired';
    }
    return entry.claims;
  }

  remember(token: string, claims: Claims, exp: number): void {
    this.known.set(token, { claims, exp });
  }
}
