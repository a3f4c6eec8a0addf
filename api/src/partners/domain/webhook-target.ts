/**
 * Where a webhook may point: HTTPS in production (plain HTTP only where private targets are
 * allowed, i.e. development and tests); no credentials in the URL. Private and loopback
 * addresses are refused again when connecting (request-filtering-agent), so that a name that
 * resolves to one later is refused too.
 */
export function targetProblem(raw: string, allowPrivateTargets: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url';
  }
  if (raw.length > 2048) return 'maxLength';
  if (url.protocol !== 'https:' && !(allowPrivateTargets && url.protocol === 'http:')) return 'https';
  if (url.username || url.password) return 'noCredentials';
  if (!allowPrivateTargets && isPrivateHost(url.hostname)) return 'publicAddress';
  return null;
}

const PRIVATE_HOSTS = [/^localhost$/i, /\.localhost$/i, /\.local$/i, /\.internal$/i];
const PRIVATE_V4 = [/^10\./, /^127\./, /^0\./, /^169\.254\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./];

function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (PRIVATE_HOSTS.some((pattern) => pattern.test(host))) return true;
  if (PRIVATE_V4.some((pattern) => pattern.test(host))) return true;
  return host.includes(':') && (host === '::1' || /^f[cd]/i.test(host) || /^fe80/i.test(host) || host.startsWith('::ffff:'));
}
