import {
  getNamedType,
  isCompositeType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** A connection's page size when the operation gives none (the API's own default). */
const DEFAULT_PAGE = 20;

/**
 * An operation's cost, computed from the document before anything runs (Shopify's calculated
 * cost, PARTNERS.md): a scalar 0, an object 1 plus what is selected in it, a connection (a field
 * taking `first` or `last`) 2 plus its page size times the cost of what is selected in each item.
 * Lists without a page size (a result's competences) count once: they are small and fixed.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;
  return selectionCost(root, operation.selectionSet, { schema, fragments, variables, seen: new Set() });
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
  /** Fragments being walked (a cycle is a validation error, guarded all the same). */
  seen: Set<string>;
}

function selectionCost(parent: GraphQLCompositeType, selectionSet: SelectionSetNode, walk: Walk): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const field = isObjectType(parent) ? parent.getFields()[selection.name.value] : undefined;
      if (!field || !selection.selectionSet) continue;
      cost += fieldCost(field, selection.selectionSet, pageSize(field, selection.arguments ?? [], walk.variables), walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) cost += selectionCost(type, selection.selectionSet, walk);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      if (!fragment || walk.seen.has(name)) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      walk.seen.add(name);
      if (type && isCompositeType(type)) cost += selectionCost(type, fragment.selectionSet, walk);
      walk.seen.delete(name);
    }
  }
  return cost;
}

function fieldCost(field: GraphQLField<unknown, unknown>, selectionSet: SelectionSetNode, page: number | null, walk: Walk): number {
  const type = getNamedType(field.type);
  if (!isCompositeType(type)) return 0;
  const inner = selectionCost(type, selectionSet, walk);
  if (page !== null) return 2 + page * inner;
  // An object, or a list of objects without a page size (its items are few): one object.
  return 1 + inner;
}

/** `first` or `last` as the operation gives it (a literal or a variable), when the field takes one. */
function pageSize(field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[], variables: Readonly<Record<string, unknown>>): number | null {
  const takesPage = field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
  if (!takesPage) return null;
  for (const arg of args) {
    if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
    const value = arg.value.kind === Kind.INT ? Number(arg.value.value) : arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : null;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.min(Math.floor(value), 10_000);
  }
  return DEFAULT_PAGE;
}
