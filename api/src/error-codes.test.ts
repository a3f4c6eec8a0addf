import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_RULES } from './error-codes.js';
import { REPOSITORY_ROOT } from './shared/config.js';
import { DomainError } from './shared/errors/domain-error.js';
import { serviceUnavailable } from './shared/errors/error-mapper.js';
import * as sharedErrors from './shared/errors/domain-error.js';
import * as idempotencyErrors from './shared/idempotency/idempotency-key.js';
import * as organizationsErrors from './organizations/domain/errors.js';
import * as campaignsErrors from './campaigns/domain/errors.js';
import * as certificationErrors from './certification/domain/errors.js';
import * as partnersErrors from './partners/domain/errors.js';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const ERROR_MODULES = {
  'shared/errors/domain-error.ts': sharedErrors,
  'shared/idempotency/idempotency-key.ts': idempotencyErrors,
  'organizations/domain/errors.ts': organizationsErrors,
  'campaigns/domain/errors.ts': campaignsErrors,
  'certification/domain/errors.ts': certificationErrors,
  'partners/domain/errors.ts': partnersErrors,
};
const listed: ReadonlySet<string> = new Set(ERROR_CODES);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The rows of README.md's "Errors" table: `code → meaning`. */
function readmeErrorRows(): Map<string, string> {
  const readme = readFileSync(join(REPOSITORY_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('**Errors**'));
  const table = section.slice(section.indexOf('| code | meaning |'), section.indexOf('\n\n', section.indexOf('| code | meaning |')));
  return new Map([...table.matchAll(/^\| `([A-Z_]+)` \| (.*) \|$/gm)].map((row) => [row[1]!, row[2]!]));
}

describe('error codes', () => {
  it('are listed once each, across shared/ and the contexts', () => {
    expect(ERROR_CODES.length).toBe(listed.size);
  });

  // The compiler already refuses a code outside its context's list (DomainError<TheirErrorCode>);
  // this also catches a class that would name its own type argument.
  it('include the code of every DomainError the API defines', () => {
    const defined = Object.entries(ERROR_MODULES).flatMap(([file, module]) =>
      Object.values(module)
        .filter((value): value is new (...args: unknown[]) => DomainError<string> => typeof value === 'function' && value.prototype instanceof DomainError)
        // Constructor arguments only shape the message and details; a date suits every one of them.
        .map((ErrorClass) => ({ file, name: ErrorClass.name, code: new ErrorClass(new Date(0), new Date(0)).code })),
    );
    expect(defined.length).toBeGreaterThan(30);
    expect(defined.filter(({ code }) => !listed.has(code))).toEqual([]);
  });

  it('are declared in the modules above only (no DomainError elsewhere in src/)', () => {
    const declaring = sourceFiles(SRC)
      .filter((file) => /readonly code = '|extends DomainError\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(declaring.sort()).toEqual(Object.keys(ERROR_MODULES).filter((file) => file !== 'certification/domain/errors.ts').sort());
  });

  it('each have a row in README.md\'s "Errors" table, and the table has no other code', () => {
    const documented = [...readmeErrorRows().keys()];
    expect(documented.filter((code) => !listed.has(code)), 'in README.md but not in the code').toEqual([]);
    expect(ERROR_CODES.filter((code) => !documented.includes(code)), 'in the code but not in README.md').toEqual([]);
  });

  it('answer the HTTP status README.md gives them', () => {
    const said = [...readmeErrorRows()].flatMap(([code, meaning]) => [...meaning.matchAll(/HTTP (\d{3})/g)].map((match) => ({ code, status: Number(match[1]) })));
    expect(said.length).toBeGreaterThan(5);
    expect(said.filter(({ code, status }) => ERROR_RULES[code as keyof typeof ERROR_RULES]?.status !== status)).toEqual([]);
  });

  it('agree with the status the mapper sets itself for SERVICE_UNAVAILABLE', () => {
    expect((serviceUnavailable().extensions.http as { status: number }).status).toBe(ERROR_RULES.SERVICE_UNAVAILABLE.status);
  });
});
