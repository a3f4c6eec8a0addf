import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LocalSubgraph } from './local-subgraph.js';

const schema = buildSchema(`type Query { hello(name: String!): String! }`);
Object.assign(schema.getQueryType()!.getFields().hello!, { resolve: (_: unknown, { name }: { name: string }) => `Bonjour ${name}` });

const subgraph = new LocalSubgraph(schema);
const run = (query: string, variables?: Record<string, unknown>) =>
  subgraph.process({ request: { query, variables }, context: {} } as never) as Promise<{ data?: unknown; errors?: readonly { message: string }[] }>;
const reference = async (query: string, variables?: Record<string, unknown>) => JSON.parse(JSON.stringify(await graphql({ schema, source: query, variableValues: variables })));

describe('a subgraph run in-process, each operation text prepared once', () => {
  it('answers as graphql() does, the first time and every time after, with other variables', async () => {
    const query = 'query ($name: String!) { hello(name: $name) }';
    for (const name of ['Léa', 'Karim', 'Léa']) {
      expect(JSON.parse(JSON.stringify(await run(query, { name })))).toEqual(await reference(query, { name }));
    }
  });

  it('keeps answering a text that does not validate, or does not parse, with the same errors as graphql()', async () => {
    for (const query of ['{ hello }', '{ goodbye }', '{ hello(name: "x") ', '']) {
      const expected = await reference(query);
      expect(expected.errors?.length).toBeGreaterThan(0);
      expect(JSON.parse(JSON.stringify(await run(query)))).toEqual(expected);
      expect(JSON.parse(JSON.stringify(await run(query)))).toEqual(expected);
    }
  });
});
