import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { organizationIdsInJurisdiction } from '../../organizations/api/index.js';
import { pseudonymousId } from '../../partners/api/index.js';
import { InvalidInputError } from '../../shared/errors/domain-error.js';
import { decodeKey, encodeKey, MAX_PAGE_SIZE } from '../../shared/pagination.js';
import type { FeedPosition } from '../domain/shared-results-feed.js';
import { readNetworkSharedResults } from '../domain/usecases/read-network-shared-results.usecase.js';
import { SharedResultsFeedRepository } from '../infrastructure/shared-results-feed.repository.js';
import { NetworkRef } from './references.type.js';
import type { CampaignsContext } from './request-context.js';
import { SharedResult, SharedResultFeed, SharedResultParticipant } from './shared-result.type.js';

const LIST = 'sharedResults';
const TRANSACTION_ID = /^\d{1,20}$/;

@Resolver(() => NetworkRef)
export class NetworkSharedResultsResolver {
  @FieldResolver(() => SharedResultFeed, {
    description:
      "Partner clients (scope results:read): the network's shared results, in the order they were shared, for incremental sync. Keep `pageInfo.endCursor` and pass it as `after` next time: every result comes exactly once. `since` skips results shared before that date (a first sync).",
  })
  async sharedResults(
    @Root() network: NetworkRef,
    @Arg('first', () => Int, { description: '1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('since', () => GraphQLDateTimeISO, { nullable: true }) since: Date | null,
    @Ctx() context: CampaignsContext,
  ): Promise<SharedResultFeed> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw new InvalidInputError(`first va de 1 à ${MAX_PAGE_SIZE}.`, [{ field: 'first', constraints: ['range'] }]);
    }
    const { entries, hasMore, client } = await readNetworkSharedResults(
      { principal: context.principal, networkId: network.id, since: since ?? null, after: decodePosition(after), first },
      { feed: new SharedResultsFeedRepository(context.em), organizationIdsIn: (jurisdiction) => organizationIdsInJurisdiction(context, jurisdiction) },
    );
    const identity = client.scopes.includes('results:identity');
    const edges = entries.map((entry) => {
      const participant = Object.assign(new SharedResultParticipant(), {
        id: pseudonymousId(context.services.config.authSecret, client.partnerClientId, entry.participation.userId!),
        firstName: identity ? entry.person.firstName : null,
        lastName: identity ? entry.person.lastName : null,
        externalId: identity ? entry.participation.participantExternalId : null,
      });
      return { cursor: encodePosition(entry.position), node: SharedResult.from(entry, participant) };
    });
    return Object.assign(new SharedResultFeed(), {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: { hasNextPage: hasMore, hasPreviousPage: (after ?? null) !== null, startCursor: edges[0]?.cursor ?? after ?? null, endCursor: edges.at(-1)?.cursor ?? after ?? null },
    });
  }
}

function encodePosition(position: FeedPosition): string {
  return encodeKey(LIST, [position.transactionId, position.participationId]);
}

function decodePosition(cursor: string | null | undefined): FeedPosition | null {
  const values = decodeKey({ size: 0, backward: false, cursor: cursor ?? null }, LIST, ['text', 'uuid']);
  if (!values) return null;
  if (!TRANSACTION_ID.test(values[0]!)) throw new InvalidInputError('Curseur de pagination invalide.', [{ field: 'after', constraints: ['cursor'] }]);
  return { transactionId: values[0]!, participationId: values[1]! };
}
