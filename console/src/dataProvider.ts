import type { DataProvider } from 'react-admin';
import { resourceProviders } from './resourceProviders';

/**
 * One provider per resource, each in its feature folder (`campaigns/dataProvider.ts`...), over
 * the GraphQL API through `graphqlClient`. This root only dispatches by resource name; a method a
 * resource does not offer fails loudly instead of returning fake data.
 */
const METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'] as const;

function dispatch(method: (typeof METHODS)[number]) {
  return (resource: string, params: unknown): Promise<never> => {
    const handler = resourceProviders[resource]?.[method] as ((resource: string, params: unknown) => Promise<never>) | undefined;
    if (!handler) {
      return Promise.reject(
        Object.assign(new Error(`dataProvider.${method}("${resource}") is not offered by the console`), { code: 'NOT_IMPLEMENTED' }),
      );
    }
    return handler(resource, params);
  };
}

export const dataProvider = Object.fromEntries(METHODS.map((method) => [method, dispatch(method)])) as unknown as DataProvider;
