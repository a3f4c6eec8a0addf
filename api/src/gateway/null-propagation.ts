import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

type Data = Record<string, unknown>;
type Position = { container: Data | unknown[]; key: string | number; type: GraphQLOutputType };

/**
 * GraphQL's rule for a field that failed: it is null, and a null in a non-null position makes its
 * parent null, up to the nearest nullable position (the whole `data` if there is none).
 * @apollo/gateway applies it to the merged answer; Hive's router runtime leaves `null` where an
 * entity fetch failed even when the field is non-null. This applies the rule for each error path.
 */
export function propagateNulls(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, data: Data, errorPaths: readonly (readonly (string | number)[])[]): Data | null {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return data;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

  for (const path of errorPaths) {
    const positions = walk(fragments, root, operation.selectionSet, data, path);
    if (!positions) continue;
    // The failed position and every non-null one above it are nulled: the first nullable one keeps the null.
    let index = positions.length - 1;
    while (index >= 0 && isNonNullType(positions[index]!.type)) index -= 1;
    if (index < 0) return null;
    const { container, key } = positions[index]!;
    (container as Record<string | number, unknown>)[key] = null;
  }
  return data;
}

/**
 * The positions along `path` in the answer down to the first null, each with its type; undefined
 * when the path holds a value (nothing failed there) or cannot be followed in the operation.
 */
function walk(
  fragments: Map<string, FragmentDefinitionNode>,
  root: ReturnType<GraphQLSchema['getRootType']> & object,
  rootSelection: SelectionSetNode,
  data: Data,
  path: readonly (string | number)[],
): Position[] | undefined {
  const positions: Position[] = [];
  let value: unknown = data;
  let type: GraphQLOutputType = root;
  let selections: readonly SelectionNode[] = rootSelection.selections;
  for (const key of path) {
    if (value === null || value === undefined) break;
    if (typeof value !== 'object') return undefined;
    if (typeof key === 'number') {
      const list: GraphQLOutputType = isNonNullType(type) ? type.ofType : type;
      if (!isListType(list) || !Array.isArray(value)) return undefined;
      type = list.ofType as GraphQLOutputType;
      positions.push({ container: value, key, type });
      value = value[key];
      continue;
    }
    const named = getNamedType(type);
    if (!(isObjectType(named) || isInterfaceType(named))) return undefined;
    const fields = fieldsOf(fragments, selections, key);
    const definition = fields[0] && named.getFields()[fields[0].name.value];
    if (!definition) return undefined;
    type = definition.type;
    // A response key selected in several places: their sub-selections merge.
    selections = fields.flatMap((field) => field.selectionSet?.selections ?? []);
    positions.push({ container: value as Data, key, type });
    value = (value as Data)[key];
  }
  if (value !== null && value !== undefined) return undefined;
  return positions.length ? positions : undefined;
}

function fieldsOf(fragments: Map<string, FragmentDefinitionNode>, selections: readonly SelectionNode[], responseKey: string): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) {
      if ((selection.alias?.value ?? selection.name.value) === responseKey) found.push(selection);
      continue;
    }
    const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value)?.selectionSet;
    if (inner) found.push(...fieldsOf(fragments, inner.selections, responseKey));
  }
  return found;
}
