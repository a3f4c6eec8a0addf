import { describe, expect, it } from 'vitest';
import { SupportRole } from '../../../shared/auth/principal.js';
import { buildSupportAgent, buildUser } from '../testing/builders.js';
import { inMemoryOrganizations } from '../testing/in-memory.js';
import { setSupportRole } from './set-support-role.usecase.js';

describe('naming support agents', () => {
  it('SUPER_ADMIN names an agent, audited with the role before and after', async () => {
    const superAdmin = buildSupportAgent(SupportRole.SUPER_ADMIN);
    const person = buildUser();
    const { deps, world } = inMemoryOrganizations({ users: [person] });
    expect(await setSupportRole({ actor: superAdmin, userId: person.id, role: SupportRole.METIER }, deps)).toMatchObject({ supportRole: SupportRole.METIER });
    expect(world.auditLog).toEqual([expect.objectContaining({ action: 'SUPPORT_ROLE_CHANGED', before: { supportRole: null }, after: { supportRole: 'METIER' } })]);
  });

  it('but never their own role, so that nobody locks the last SUPER_ADMIN out (FORBIDDEN)', async () => {
    const superAdmin = buildSupportAgent(SupportRole.SUPER_ADMIN);
    const { deps, world } = inMemoryOrganizations({ users: [buildUser({ id: superAdmin.userId, supportRole: SupportRole.SUPER_ADMIN })] });
    await expect(setSupportRole({ actor: superAdmin, userId: superAdmin.userId, role: null }, deps)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(world.users[0]!.supportRole).toBe(SupportRole.SUPER_ADMIN);
  });
});
