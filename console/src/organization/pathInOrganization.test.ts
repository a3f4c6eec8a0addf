import { describe, expect, it } from 'vitest';
import { pathInOrganization } from './pathInOrganization';

describe('pathInOrganization (switching organisation)', () => {
  it('moves a team page to the new organisation’s team', () => {
    expect(pathInOrganization('/organizations/a1/team', 'b2')).toBe('/organizations/b2/team');
    expect(pathInOrganization('/organizations/a1/team/', 'b2')).toBe('/organizations/b2/team');
  });

  it('stays on pages that read the current organisation themselves', () => {
    expect(pathInOrganization('/', 'b2')).toBeNull();
    expect(pathInOrganization('/campaigns', 'b2')).toBeNull();
    expect(pathInOrganization('/organizations/a1/show', 'b2')).toBeNull();
  });
});
