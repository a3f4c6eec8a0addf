/**
 * PostgreSQL COPY text format: tab-separated, \N for null, backslash escapes. One function per
 * kind of value so that the hot loops stay simple.
 */
export const NULL = '\\N';

export function text(value: string | null): string {
  if (value === null) return NULL;
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}

export function time(ms: number | null): string {
  return ms === null ? NULL : isoTime(ms);
}

const DAY = 24 * 3600 * 1000;
const PAD2 = Array.from({ length: 60 }, (_, index) => String(index).padStart(2, '0'));
const PAD3 = Array.from({ length: 1000 }, (_, index) => String(index).padStart(3, '0'));
let cachedDay = Number.NaN;
let cachedPrefix = '';

/** `Date#toISOString` without a Date per call (tens of millions of timestamps), same text. */
export function isoTime(ms: number): string {
  const day = Math.floor(ms / DAY);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedPrefix = new Date(day * DAY).toISOString().slice(0, 11);
  }
  const rest = ms - day * DAY;
  return `${cachedPrefix}${PAD2[Math.floor(rest / 3_600_000)]}:${PAD2[Math.floor(rest / 60_000) % 60]}:${PAD2[Math.floor(rest / 1000) % 60]}.${PAD3[rest % 1000]}Z`;
}

export function bool(value: boolean | null): string {
  return value === null ? NULL : value ? 't' : 'f';
}

export function int(value: number | null): string {
  return value === null ? NULL : String(value);
}

export function json(value: unknown): string {
  return value === null || value === undefined ? NULL : text(JSON.stringify(value));
}

export function line(values: string[]): string {
  return values.join('\t') + '\n';
}
