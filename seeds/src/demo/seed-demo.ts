import { buildOrganizationsDependencies, MembershipRole, OrganizationType, passwordHasher, registerDemoPartnerClient, UserRepository, type Orm } from '@orga-spe/api';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';
import { DEMO_CAMPAIGNS } from './campaigns.js';
import { DEMO_ORGANIZATIONS } from './organizations.js';
import { DEMO_PARTICIPANTS } from './participations.js';
import { DEMO_PARTNER_CLIENT } from './partners.js';
import { seedDemoCampaigns } from './seed-campaigns.js';

const DAY = 24 * 3600 * 1000;

/**
 * Loads the demo only into an empty database, so that `npm start` never mixes demo data into real
 * data. Empty: no account, or only the super admin that `ADMIN_EMAIL` bootstraps at start (given
 * here as `bootstrapAdminEmail`), which would otherwise have kept a newcomer trying both from the
 * demo. `skippedForData`: the demo was not loaded because other data is there.
 */
export async function seedDemoIfEmpty(
  orm: Orm,
  options: { bootstrapAdminEmail?: string } = {},
): Promise<{ seeded: boolean; demoPresent: boolean; skippedForData: boolean }> {
  const em = orm.em.fork();
  const [{ others, demo }] = await em.execute<{ others: string; demo: string }[]>(
    'select count(*) filter (where lower(email) <> lower(?)) as others, count(*) filter (where email = ?) as demo from organizations.users',
    [options.bootstrapAdminEmail ?? '', DEMO_ACCOUNTS[0]!.email],
  );
  if (Number(others) > 0) return { seeded: false, demoPresent: Number(demo) > 0, skippedForData: Number(demo) === 0 };
  const { seeded } = await seedDemo(orm);
  return { seeded, demoPresent: true, skippedForData: false };
}

/**
 * Accounts, structures, teams, invitations in every state, a pending request, campaigns and their
 * participations: all or nothing, in one transaction. Idempotent: a database that already holds
 * the demo is left as it is (returns seeded: false); other data does not stop it.
 */
export async function seedDemo(orm: Orm, publicUrl = 'http://localhost:4000'): Promise<{ seeded: boolean }> {
  const passwordHash = await passwordHasher.hash(DEMO_PASSWORD);
  return orm.em.fork().transactional(async (em) => {
    // Serialises concurrent seeders: the second one waits, then finds the demo there.
    await em.execute(`select pg_advisory_xact_lock(hashtext('orga-spe demo seed'))`);
    const [present] = await em.execute<{ id: string }[]>('select id from organizations.users where email = ?', [DEMO_ACCOUNTS[0]!.email]);
    if (present) return { seeded: false };
    const deps = buildOrganizationsDependencies(em, publicUrl);
    const { networks } = await em.execute<{ networks: Record<string, string> }[]>(`select json_object_agg(code, id) as networks from organizations.networks`).then((rows) => rows[0]!);

    const organizationIds = new Map<string, string>();
    for (const organization of DEMO_ORGANIZATIONS) {
      const created = await deps.organizations.create({
        name: organization.name,
        type: organization.type,
        networkId: networks[organization.network] ?? null,
        parentId: organization.parentKey ? organizationIds.get(organization.parentKey)! : null,
        externalId: null,
        siret: organization.siret,
        address: { street: null, postalCode: organization.postalCode, city: organization.city, department: organization.department, region: organization.region },
        documentationUrl: 'https://pix.fr/pix-emploi',
        isCertificationCenter: organization.isCertificationCenter ?? false,
        createdById: null,
      });
      organizationIds.set(organization.key, created.id);
    }

    const users = new UserRepository(em);
    const userIds = new Map<string, string>();
    const now = new Date();
    // Participants sign up to take a test: they are accounts too, with the same password.
    for (const account of [...DEMO_ACCOUNTS, ...DEMO_PARTICIPANTS.map((person) => ({ ...person, supportRole: null, memberships: [] }))]) {
      const user = await users.create({
        email: account.email,
        firstName: account.firstName,
        lastName: account.lastName,
        supportRole: account.supportRole,
        passwordHash,
        termsAcceptedAt: now,
      });
      userIds.set(account.email, user.id);
      for (const membership of account.memberships ?? []) {
        await deps.memberships.create({ organizationId: organizationIds.get(membership.organization)!, userId: user.id, role: MembershipRole[membership.role] }, now);
      }
    }

    // Invitations of the Mission Locale in each state the team page shows.
    const limoges = organizationIds.get('ml-limoges')!;
    const invite = (email: string, code: string, at: Date) =>
      deps.invitations.createOrRenewPending({ organizationId: limoges, email, role: null, code, expiresAt: new Date(at.getTime() + 30 * DAY) }, at);
    await invite('camille.bernard@example.fr', 'DEMOPEND01', now);
    const cancelled = await invite('ancien.conseiller@example.fr', 'DEMOCANC01', new Date(now.getTime() - 10 * DAY));
    await deps.invitations.markAsCancelled(cancelled.id, now);
    await invite('invitation.expiree@example.fr', 'DEMOEXPI01', new Date(now.getTime() - 40 * DAY));

    await deps.creationRequests.create(
      {
        requesterId: userIds.get('julie.petit@demo.orga-spe.fr')!,
        name: 'EPIDE Lanrodec',
        type: OrganizationType.EPIDE,
        siret: '13001234500018',
        address: { street: 'Domaine de Lanrodec', postalCode: '22170', city: 'Lanrodec', department: "Côtes-d'Armor", region: 'Bretagne' },
        networkId: networks.EPIDE ?? null,
        directorName: 'Marc Le Gall',
        mandateStatement: 'Je certifie agir avec le mandat du directeur du centre EPIDE de Lanrodec.',
      },
      now,
    );

    await seedDemoCampaigns(em, { userIds, organizationIds, now });
    const { network, scopes, ...credentials } = DEMO_PARTNER_CLIENT;
    await registerDemoPartnerClient({ em }, { ...credentials, networkId: networks[network]!, scopes: [...scopes], now });
    return { seeded: true };
  });
}

/** What the banner says of each demo account and campaign still in the database, read from it. */
export interface DemoFacts {
  accounts: Map<string, string>;
  campaigns: Map<string, string>;
  /** The demo partner client is there and usable (a demo loaded before it existed has none). */
  partnerClient: boolean;
}

/**
 * Reads what the demo's accounts and campaigns are now (people change roles, campaigns get renamed,
 * archived, joined): the banner prints that, not what the seed first made.
 */
export async function readDemoFacts(orm: Orm): Promise<DemoFacts> {
  const em = orm.em.fork();
  const accounts = await em.execute<{ email: string; who: string }[]>(
    `select u.email,
            u.first_name || ' ' || u.last_name
              || coalesce(', support ' || u.support_role, '')
              || coalesce(', ' || (select string_agg(lower(m.role::text) || ' – ' || o.name, ', ' order by o.name)
                                   from organizations.memberships m join organizations.organizations o on o.id = m.organization_id
                                   where m.user_id = u.id and m.disabled_at is null), '') as who
       from organizations.users u where u.email in (${DEMO_ACCOUNTS.map(() => '?').join(', ')})`,
    DEMO_ACCOUNTS.map((account) => account.email),
  );
  const campaigns = await em.execute<{ code: string; what: string }[]>(
    `select c.code,
            c.name || ' – ' || count(distinct p.user_id) || ' participant(s), '
              || count(distinct p.user_id) filter (where p.status = 'SHARED') || ' with shared results'
              || case when c.archived_at is not null then ', archived' else '' end as what
       from campaigns.campaigns c left join campaigns.participations p on p.campaign_id = c.id and p.deleted_at is null
      where c.code in (${DEMO_CAMPAIGNS.map(() => '?').join(', ')}) and c.deleted_at is null
      group by c.id`,
    DEMO_CAMPAIGNS.map((campaign) => campaign.code),
  );
  const usableClient = await em.execute<{ found: number }[]>(
    'select 1 as found from partners.clients where client_id = ? and revoked_at is null and expires_at > now()',
    [DEMO_PARTNER_CLIENT.clientId],
  );
  return {
    accounts: new Map(accounts.map((row) => [row.email, row.who])),
    campaigns: new Map(campaigns.map((row) => [row.code, row.what])),
    partnerClient: usableClient.length > 0,
  };
}

/** What `npm start` prints once the demo is there: where the app runs, then the demo as it is now. */
export function demoBanner(url: string, facts: DemoFacts): string {
  return ['', `  Orga SPE is running: ${url}  (GraphQL: ${url}/graphql)`, demoCredentials(url, facts)].join('\n');
}

/**
 * The demo accounts and the campaign codes to try on the landing page. With `facts` (read from the
 * database), each as it is now, and only those still there; without, as the initial demo made them.
 */
export function demoCredentials(url: string, facts?: DemoFacts): string {
  const accounts = DEMO_ACCOUNTS.filter((account) => !facts || facts.accounts.has(account.email));
  const campaigns = DEMO_CAMPAIGNS.filter((campaign) => !facts || facts.campaigns.has(campaign.code));
  const width = Math.max(0, ...accounts.map((account) => account.email.length));
  return [
    '',
    `  Demo accounts (password for all in the initial demo: ${DEMO_PASSWORD}):`,
    ...accounts.map((account) => `    ${account.email.padEnd(width)}  ${facts?.accounts.get(account.email) ?? account.purpose}`),
    '',
    `  Demo campaign codes (landing page ${url}/campagnes/<CODE>):`,
    ...campaigns.map((campaign) => `    ${campaign.code}  ${facts?.campaigns.get(campaign.code) ?? `${campaign.name} (in the initial demo: ${campaign.shows})`}`),
    ...(!facts || facts.partnerClient
      ? [
          '',
          `  Demo partner client (${DEMO_PARTNER_CLIENT.name}; docs/partners.md):`,
          `    curl -s -u ${DEMO_PARTNER_CLIENT.clientId}:${DEMO_PARTNER_CLIENT.clientSecret} -d grant_type=client_credentials ${url}/oauth/token`,
        ]
      : []),
    '',
    '',
  ].join('\n');
}
