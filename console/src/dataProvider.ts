import type { DataProvider } from 'react-admin';

/**
 * No resources exist yet: the issues that add organisations, campaigns and participations
 * replace this with a provider over the GraphQL API (ra-data-graphql or per-resource calls
 * through `graphqlClient`). Until then every call fails loudly instead of returning fake data.
 */
const notImplemented =
  (method: string) =>
  (resource: string): Promise<never> =>
    Promise.reject(
      Object.assign(new Error(`dataProvider.${method}("${resource}") is not implemented yet: the console has no resources`), {
        code: 'NOT_IMPLEMENTED',
      }),
    );

export const dataProvider: DataProvider = {
  getList: notImplemented('getList'),
  getOne: notImplemented('getOne'),
  getMany: notImplemented('getMany'),
  getManyReference: notImplemented('getManyReference'),
  create: notImplemented('create'),
  update: notImplemented('update'),
  updateMany: notImplemented('updateMany'),
  delete: notImplemented('delete'),
  deleteMany: notImplemented('deleteMany'),
};
