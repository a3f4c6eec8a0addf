import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { toGraphQLError } from '../errors/error-mapper.js';
import type { Logger } from '../logger.js';
import { argumentProblems, badUserInput, type InputProblem } from './input-guard.js';

/**
 * Wraps every field's resolver once, when the schema is built: the input guard where the field
 * has arguments, then the resolver, its errors (thrown or rejected) mapped to GraphQL errors.
 *
 * Not type-graphql's `globalMiddlewares`: those run on every field, property reads included, as a
 * chain of async functions, several promises each. A page of 50 participations with their
 * competences is some 4,000 fields: the chain cost more CPU than everything else in the request.
 * Here a field without arguments whose resolver answers synchronously stays synchronous.
 */
export function guardFields(schema: GraphQLSchema, logger: Logger): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      const definitions = field.args;
      field.resolve = guarded(definitions.length > 0 ? (args) => argumentProblems(definitions, args) : undefined, resolve, logger);
    }
  }
}

function guarded<TSource, TContext>(
  check: ((args: Record<string, unknown>) => InputProblem[]) | undefined,
  resolve: GraphQLFieldResolver<TSource, TContext>,
  logger: Logger,
): GraphQLFieldResolver<TSource, TContext> {
  const mapped = (error: unknown) => {
    throw toGraphQLError(error, logger);
  };
  return (source, args, context, info) => {
    try {
      if (check) {
        const problems = check(args);
        if (problems.length > 0) return mapped(badUserInput(problems));
      }
      const result = resolve(source, args, context, info);
      return isPromiseLike(result) ? result.then(undefined, mapped) : result;
    } catch (error) {
      return mapped(error);
    }
  };
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}
