import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakingChanges } from './contract.js';

const published = readFileSync(new URL('./published.graphql', import.meta.url), 'utf8');

describe('the published contract', () => {
  it('refuses a field taken away unless it is declared, and lets additions through', async () => {
    const renamed = published.replace('  partnerViewer: PartnerViewer!', '  partnerViewerRenamed: PartnerViewer!');
    expect(renamed).not.toBe(published);
    const undeclared = (await breakingChanges(published, renamed, [])).undeclared.map((change) => [change.type, change.path]);
    expect(undeclared).toEqual([['FIELD_REMOVED', 'Query.partnerViewer']]);
    expect((await breakingChanges(published, renamed, [{ path: 'Query.partnerViewer', type: 'FIELD_REMOVED', why: 'renamed' }])).undeclared).toEqual([]);
  });

  it('refuses an argument made required', async () => {
    const stricter = published.replace(/(sharedResults\([\s\S]*?)since: DateTimeISO\b/, '$1since: DateTimeISO!');
    expect(stricter).not.toBe(published);
    expect((await breakingChanges(published, stricter, [])).undeclared.map((change) => change.type)).toContain('FIELD_ARGUMENT_TYPE_CHANGED');
  });
});
