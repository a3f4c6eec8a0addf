import { type ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { encodeCursor, type KeysetPage, type Page } from '../pagination.js';

/** Every subgraph pages the same way, so the gateway may take PageInfo from any of them. */
@Directive('@shareable')
@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
  nodes: T[];
}

/** Relay-style connection types (`<Name>Connection`, `<Name>Edge`), with `nodes` as a shortcut. */
export function Connection<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => Int, { description: 'All the items matching, across pages.' })
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [Node])
    nodes!: T[];
  }
  return ConnectionType;
}

export function toConnection<M, T>(page: Page<M>, map: (item: M) => T): ConnectionShape<T> {
  const nodes = page.items.map(map);
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
    nodes,
  };
}

export function toKeysetConnection<M, T>(page: KeysetPage<M>, map: (item: M) => T): ConnectionShape<T> {
  const nodes = page.items.map(map);
  const edges = nodes.map((node, index) => ({ cursor: page.cursors[index]!, node }));
  return {
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
    nodes,
  };
}
