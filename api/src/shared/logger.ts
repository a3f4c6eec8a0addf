import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs. Secrets and credentials are redacted wherever they might appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'orga-spe' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.password',
        '*.accessToken',
        '*.refreshToken',
        'variables.password',
        'variables.input.password',
      ],
      censor: '[redacted]',
    },
  });
}
