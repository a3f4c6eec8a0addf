import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import type { Principal } from '../../shared/auth/principal.js';
import type { BudgetStatus, PartnerBudget } from '../domain/budget.js';
import { operationCost } from './query-cost.js';

/** What the plugin needs of a request's context; the `rateLimit` field reads `partnerCost` back. */
export interface CostedContext {
  principal?: Principal;
  services?: { partnerBudget?: PartnerBudget };
  partnerCost?: BudgetStatus;
}

/**
 * Partner clients pay for what they ask, before it runs (GitHub's and Shopify's GraphQL APIs): the
 * operation's cost is computed from the document; over the per-query maximum it is refused
 * (MAX_COST_EXCEEDED, 400), over what is left of the client's points for the window too
 * (RATE_LIMITED, 429 with Retry-After); either way no resolver, so no read, runs. Every answer to a
 * client carries `extensions.cost`. People's requests are not costed (their screens are the console's).
 */
export function partnerCostPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, schema, request }) {
          const context = contextValue as CostedContext;
          const principal = context.principal;
          const budget = context.services?.partnerBudget;
          if (principal?.kind !== 'partner' || !budget || !operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          const cost = operationCost(schema, operation, fragments, request.variables ?? {});
          if (cost > budget.maxCostPerQuery) {
            throw new GraphQLError(`Cette opération coûte ${cost} points, plus que les ${budget.maxCostPerQuery} permis par requête : demandez des pages plus petites.`, {
              extensions: { code: 'MAX_COST_EXCEEDED', cost, maxCost: budget.maxCostPerQuery, http: { status: 400 } },
            });
          }
          const charge = await budget.charge(principal.partnerClientId, cost);
          context.partnerCost = charge.status;
          if (!charge.ok) {
            const { remaining, resetAt } = charge.status;
            const extensions: Record<string, unknown> = {
              code: 'RATE_LIMITED',
              cost,
              remaining,
              resetAt: resetAt.toISOString(),
              retryAfterSeconds: charge.retryAfterSeconds,
              http: { status: 429, headers: new Map([['retry-after', String(charge.retryAfterSeconds)]]) },
            };
            throw new GraphQLError(`Plus assez de points pour cette opération (${cost} demandés, ${remaining} restants) : réessayez après ${resetAt.toISOString()}.`, { extensions });
          }
        },
        async willSendResponse({ contextValue, response }) {
          const status = (contextValue as CostedContext).partnerCost;
          if (!status || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: { requestedQueryCost: status.cost, limit: status.limit, remaining: status.remaining, resetAt: status.resetAt.toISOString() },
          };
        },
      };
    },
  };
}
