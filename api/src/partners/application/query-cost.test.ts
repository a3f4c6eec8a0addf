import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from './query-cost.js';

const schema = buildSchema(`
  type Query { network(id: ID!): Network, viewer: Viewer }
  type Viewer { name: String }
  type Network { id: ID!, name: String, results(first: Int, after: String): ResultConnection! }
  type ResultConnection { nodes: [Result!]!, edges: [ResultEdge!]! }
  type ResultEdge { cursor: String!, node: Result! }
  type Result { id: ID!, campaign: Campaign!, competences: [Competence!]! }
  type Campaign { id: ID!, name: String }
  type Competence { id: ID!, rate: Float }
`);

function cost(source: string, variables: Record<string, unknown> = {}): number {
  const document = parse(source);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  return operationCost(schema, operation, fragments, variables);
}

describe('the cost of an operation, before it runs', () => {
  it('counts objects 1 and scalars nothing', () => {
    expect(cost('{ viewer { name } }')).toBe(1);
    expect(cost('{ network(id: "1") { id name } viewer { name } __typename }')).toBe(2);
  });

  it('counts a connection 2 plus its page times each item, from a literal or a variable', () => {
    expect(cost('{ network(id: "1") { results(first: 10) { nodes { id } } } }')).toBe(1 + 2 + 10 * 1);
    expect(cost('query ($n: Int) { network(id: "1") { results(first: $n) { nodes { id campaign { id } competences { id } } } } }', { n: 100 })).toBe(1 + 2 + 100 * 3);
    // Asking nodes and edges pays for both.
    expect(cost('{ network(id: "1") { results(first: 5) { nodes { id } edges { cursor node { id } } } } }')).toBe(1 + 2 + 5 * (1 + 2));
  });

  it('takes the default page when none is given, and walks fragments', () => {
    expect(cost('{ network(id: "1") { results { nodes { id } } } }')).toBe(1 + 2 + 20);
    expect(cost('query { network(id: "1") { ...N } } fragment N on Network { results(first: 3) { nodes { ... on Result { campaign { id } } } } }')).toBe(1 + 2 + 3 * 2);
  });
});
