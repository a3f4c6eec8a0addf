import http from 'node:http';
import https from 'node:https';
import { useAgent } from 'request-filtering-agent';
import { Webhook } from 'standardwebhooks';

export interface SendOutcome {
  statusCode: number | null;
  durationMs: number;
  /** Why no answer came (timeout, refused address, connection error). */
  error: string | null;
  responseExcerpt: string | null;
  /** The receiver's Retry-After in seconds, if it gave one. */
  retryAfterSeconds: number | null;
}

const EXCERPT = 500;

/**
 * POSTs one signed event (Standard Webhooks v1, with the `standardwebhooks` package): headers
 * `webhook-id` (the event's id, the same on every attempt), `webhook-timestamp` (this attempt's)
 * and `webhook-signature`. Private and loopback addresses are refused at connection time (after
 * DNS) unless allowed, so that a public name pointing inside is refused too. The answer is read up
 * to an excerpt; the whole exchange is bounded by `timeoutMs`.
 */
export async function sendWebhook(
  target: { url: string; secret: string },
  message: { id: string; body: string },
  options: { timeoutMs: number; allowPrivateTargets: boolean; now: Date },
): Promise<SendOutcome> {
  const started = Date.now();
  const signature = new Webhook(target.secret).sign(message.id, options.now, message.body);
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Orga-SPE-Webhooks/1',
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(options.now.getTime() / 1000)),
    'webhook-signature': signature,
  };
  const url = new URL(target.url);
  const agent = useAgent(target.url, { allowPrivateIPAddress: options.allowPrivateTargets, allowMetaIPAddress: options.allowPrivateTargets, keepAlive: false });
  const request = url.protocol === 'https:' ? https.request : http.request;
  return new Promise<SendOutcome>((resolve) => {
    let settled = false;
    const done = (outcome: Omit<SendOutcome, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...outcome, durationMs: Date.now() - started });
    };
    const req = request(url, { method: 'POST', headers, agent }, (res) => {
      let excerpt = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (excerpt.length < EXCERPT) excerpt += chunk.slice(0, EXCERPT - excerpt.length);
      });
      res.on('end', () => done({ statusCode: res.statusCode ?? null, error: null, responseExcerpt: excerpt || null, retryAfterSeconds: retryAfter(res.headers['retry-after']) }));
      res.on('error', (error) => done({ statusCode: res.statusCode ?? null, error: error.message.slice(0, 255), responseExcerpt: excerpt || null, retryAfterSeconds: null }));
    });
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    req.on('error', (error) => done({ statusCode: null, error: error.message.slice(0, 255), responseExcerpt: null, retryAfterSeconds: null }));
    req.end(message.body);
  });
}

function retryAfter(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 24 * 3600);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.min(24 * 3600, Math.ceil((date - Date.now()) / 1000)));
}
