import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { propagateNulls } from './null-propagation.js';

const schema = buildSchema(`
  type Query { me: User, campaign: Campaign!, people: [User] }
  type User { id: ID!, memberships: [Membership!]!, nickname: String }
  type Membership { organization: Organization! }
  type Organization { name: String!, campaigns: Connection! }
  type Connection { totalCount: Int! }
  type Campaign { name: String!, owner: User! }
`);
const run = (query: string, data: Record<string, unknown>, paths: (string | number)[][]) => propagateNulls(schema, parse(query), undefined, data, paths);

describe('nulls of failed fields, as GraphQL propagates them', () => {
  it('climbs non-null positions (list items included) up to the nearest nullable field', () => {
    const data = { me: { id: '1', memberships: [{ organization: { name: 'ML', campaigns: null } }] } };
    expect(run('{ me { id memberships { organization { name campaigns { totalCount } } } } }', data, [['me', 'memberships', 0, 'organization', 'campaigns']])).toEqual({ me: null });
  });

  it('stops at a nullable list item, and nulls the whole answer when nothing above is nullable', () => {
    expect(run('{ people { id memberships { organization { name } } } }', { people: [{ id: '1', memberships: [{ organization: null }] }, { id: '2', memberships: [] }] }, [['people', 0, 'memberships', 0, 'organization']])).toEqual({
      people: [null, { id: '2', memberships: [] }],
    });
    expect(run('{ campaign { name owner { id } } }', { campaign: { name: 'C', owner: null } }, [['campaign', 'owner']])).toBeNull();
  });

  it('follows aliases and fragments, and leaves a nullable failed field or a path holding a value alone', () => {
    const query = 'query { moi: me { ...M } } fragment M on User { id nickname memberships { organization { name } } }';
    expect(run(query, { moi: { id: '1', nickname: null, memberships: [{ organization: null }] } }, [['moi', 'memberships', 0, 'organization']])).toEqual({ moi: null });
    expect(run(query, { moi: { id: '1', nickname: null, memberships: [] } }, [['moi', 'nickname']])).toEqual({ moi: { id: '1', nickname: null, memberships: [] } });
    expect(run(query, { moi: { id: '1', nickname: 'K', memberships: [] } }, [['moi', 'id']])).toEqual({ moi: { id: '1', nickname: 'K', memberships: [] } });
  });
});
