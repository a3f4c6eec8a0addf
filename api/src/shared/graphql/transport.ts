import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { sharedGraphQLError } from '../errors/error-mapper.js';
import type { SharedErrorCode } from '../errors/error-codes.js';

/**
 * How the GraphQL transport answers what never reaches a resolver: one error shape, a client
 * code, and a 4xx status for anything a client can provoke with its request.
 */

const SUGGESTION = /\s*Did you mean .*\?\s*$/s;
// graphql-armor prefixes its depth, cost, alias and directive refusals with "Syntax Error: ",
// although they are validation failures (Apollo already gives them GRAPHQL_VALIDATION_FAILED).
const ARMOR_PREFIX = 'Syntax Error: ';
// graphql's own token limit (`parseOptions.maxTokens`) aborts parsing with a "Syntax Error" too; it
// is a limit like depth and cost, and clients get the same code for every limit (graphql 16 spells
// it "more that").
const TOKEN_LIMIT = /^Syntax Error: (Document contains more tha[nt] \d+ tokens\..*)$/s;

export function formatGraphQLError({ hideSuggestions }: { hideSuggestions: boolean }) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    let { message } = formatted;
    let code = formatted.extensions?.code;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && message.startsWith(ARMOR_PREFIX)) message = message.slice(ARMOR_PREFIX.length);
    const tokenLimit = code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(message) : null;
    if (tokenLimit) [message, code] = [tokenLimit[1]!, 'GRAPHQL_VALIDATION_FAILED'];
    // "Did you mean …?" (fields, arguments, types, enum values) tells a stranger the schema.
    if (hideSuggestions) message = message.replace(SUGGESTION, '');
    // Persisted queries are off (nothing uses them): a request carrying one is a bad request.
    if (code === 'PERSISTED_QUERY_NOT_SUPPORTED') code = 'BAD_REQUEST' satisfies SharedErrorCode;
    if (message === formatted.message && code === formatted.extensions?.code) return formatted;
    return { ...formatted, message, extensions: { ...formatted.extensions, code } };
  };
}

/**
 * Without it, an unknown `operationName` or several anonymous operations reach the gateway, which
 * answers 500 `INVALID_GRAPHQL`; and a persisted-query request would answer 200.
 */
export function operationResolutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          // No Subscription type: without this the gateway answers 500 `INVALID_GRAPHQL`.
          if (operation?.operation === 'subscription') {
            throw sharedGraphQLError('Subscriptions are not supported: use a query or a mutation.', 'GRAPHQL_VALIDATION_FAILED', { http: { status: 400 } });
          }
          if (operation) return;
          const message = request.operationName ? 'Unknown operation named in `operationName`.' : 'Several operations: `operationName` must name one.';
          throw sharedGraphQLError(message, 'GRAPHQL_VALIDATION_FAILED', { http: { status: 400 } });
        },
        // After Apollo has set the status from the errors (200 for this one).
        async willSendResponse({ errors, response }) {
          if (errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_SUPPORTED')) response.http.status = 400;
        },
      };
    },
  };
}
