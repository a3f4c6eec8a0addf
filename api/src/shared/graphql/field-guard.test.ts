import { GraphQLError, GraphQLID, GraphQLObjectType, GraphQLSchema, GraphQLString, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { guardFields } from './field-guard.js';

const schemaWith = (fields: Record<string, { args?: Record<string, { type: typeof GraphQLID }>; resolve: GraphQLFieldResolver<unknown, unknown> }>) => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, { type: GraphQLString, ...field }])) }),
  });
  guardFields(schema, createLogger('silent'));
  return (name: string, args: Record<string, unknown> = {}) => schema.getQueryType()!.getFields()[name]!.resolve!(undefined, args, {}, {} as GraphQLResolveInfo);
};

describe('guardFields', () => {
  it('leaves a synchronous field synchronous: no promise per property read', () => {
    const resolve = schemaWith({ name: { resolve: () => 'Dupont' } });
    expect(resolve('name')).toBe('Dupont');
  });

  it('maps thrown and rejected errors to the stable codes, without internals', async () => {
    const resolve = schemaWith({
      thrown: { resolve: () => { throw new Error('select * from secret'); } },
      rejected: { resolve: async () => { throw new Error('connection to 10.0.0.3 lost'); } },
    });
    expect(() => resolve('thrown')).toThrow(GraphQLError);
    try {
      resolve('thrown');
    } catch (error) {
      expect((error as GraphQLError).extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect((error as GraphQLError).message).not.toContain('secret');
    }
    await expect(resolve('rejected') as Promise<unknown>).rejects.toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('checks the arguments before the resolver runs, where the field has some', () => {
    let ran = false;
    const resolve = schemaWith({ campaign: { args: { id: { type: GraphQLID } }, resolve: () => { ran = true; return 'found'; } } });
    expect(() => resolve('campaign', { id: 'not-a-uuid' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    expect(ran).toBe(false);
    expect(resolve('campaign', { id: '6f1c2a4e-8b1d-4c3e-9f2a-1b2c3d4e5f60' })).toBe('found');
  });
});
