import './promise-with-resolvers.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

/** The schemas our three contexts own: PostGraphile serves the very tables our API serves. */
export const POSTGRAPHILE_SCHEMAS = ['campaigns', 'organizations', 'certification'];

/**
 * PostGraphile V5 as a user would start it: the Amber preset (its default connections, conditions
 * and orderBy), the same PostgreSQL and the same pool size as ours (10), no GraphiQL, no watch.
 */
export async function startPostGraphile(databaseUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ connectionString: databaseUrl, schemas: POSTGRAPHILE_SCHEMAS, poolConfig: { max: 10 } })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    grafast: { explain: false },
  });
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  await serv.addTo(server);
  // Build the schema now (introspection), not on the first measured request.
  await pgl.getSchema();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      // Releasing the server releases the PostGraphile instance and its pool.
      await serv.release();
    },
  };
}
