import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { EnumValue, payloadsFor } from './hostile-payloads.js';
import type { Random } from './hostile-random.js';

export type Encoding = 'variables' | 'inline';

/** One generated call: which operation, which argument got which payload, how and as whom. */
export interface HostileCall {
  operation: string;
  kind: 'query' | 'mutation';
  /** The argument path that holds the payload, e.g. `input.name` or `emails[0]`; `-` for none. */
  argument: string;
  payload: string;
  encoding: Encoding;
  principal: string;
  body: { query: string; variables: Record<string, unknown> };
}

/** A root field with what the generator needs to know of it. */
export interface RootField {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

/** Valid values for the arguments the payload is not in (`valid(operation, path, type)`). */
export type ValidValue = (operation: string, path: string, type: GraphQLInputType) => unknown;

export function rootFields(schema: GraphQLSchema): RootField[] {
  const fields: RootField[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) fields.push({ kind, field });
  }
  return fields;
}

interface Slot {
  /** Path from the argument, e.g. ['input', 'name'] or ['emails', 0]. */
  path: (string | number)[];
  type: GraphQLInputType;
}

/** Every argument of the field, and inside input objects and lists every field and element. */
export function argumentSlots(field: GraphQLField<unknown, unknown>): Slot[] {
  const slots: Slot[] = [];
  const visit = (path: (string | number)[], type: GraphQLInputType, depth: number) => {
    slots.push({ path, type });
    if (depth >= 3) return;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return visit([...path, 0], inner.ofType as GraphQLInputType, depth + 1);
    if (isInputObjectType(inner)) {
      for (const child of Object.values(inner.getFields())) visit([...path, child.name], child.type, depth + 1);
    }
  };
  for (const argument of field.args) visit([argument.name], argument.type, 0);
  return slots;
}

export function pathText(path: (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${part}` : part)).join('');
}

/**
 * The valid value of a whole argument (an input object gets its required fields, a list one
 * valid element) — what a call holds for every argument the payload is not in.
 */
export function validArgument(operation: string, path: string, type: GraphQLInputType, valid: ValidValue): unknown {
  const given = valid(operation, path, type);
  if (given !== undefined) return given;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [validArgument(operation, `${path}[0]`, inner.ofType as GraphQLInputType, valid)];
  if (isInputObjectType(inner)) {
    const object: Record<string, unknown> = {};
    for (const child of Object.values(inner.getFields())) {
      if (isNonNullType(child.type) && child.defaultValue === undefined) object[child.name] = validArgument(operation, `${path}.${child.name}`, child.type, valid);
    }
    return object;
  }
  if (isEnumType(inner)) return new EnumValue(inner.getValues()[0]!.name);
  switch (getNamedType(inner).name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    default:
      return 'x';
  }
}

/** Puts the payload at the path inside a copy of the argument's valid value. */
function withPayload(base: unknown, path: (string | number)[], payload: unknown): unknown {
  if (!path.length) return payload;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(base) ? [...base] : [];
    list[head] = withPayload(list[head], rest, payload);
    return list;
  }
  const object = base && typeof base === 'object' && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {};
  object[head!] = withPayload(object[head!], rest, payload);
  return object;
}

/** A GraphQL literal for a value (inline encoding). */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof EnumValue) return value.name;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return `{ ${Object.entries(value as Record<string, unknown>).map(([key, item]) => `${key}: ${literal(item)}`).join(', ')} }`;
}

/** The JSON value of the variables (enum names become strings). */
function json(value: unknown): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(json);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, json(item)]));
  return value;
}

/** `{ __typename id }` for an object result (id when it has one), nothing for a scalar. */
export function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isObjectType(named) || isInterfaceType(named)) return named.getFields().id ? ' { __typename id }' : ' { __typename }';
  if (isUnionType(named)) return ' { __typename }';
  return '';
}

/** The document and variables of a call with these argument values. */
export function buildBody(
  root: RootField,
  values: Record<string, unknown>,
  encoding: Encoding,
): { query: string; variables: Record<string, unknown> } {
  const { field, kind } = root;
  const names = Object.keys(values);
  if (!names.length) return { query: `${kind} { ${field.name}${selectionFor(field)} }`, variables: {} };
  if (encoding === 'inline') {
    const args = names.map((name) => `${name}: ${literal(values[name])}`).join(', ');
    return { query: `${kind} { ${field.name}(${args})${selectionFor(field)} }`, variables: {} };
  }
  const declared = names.map((name) => `$${name}: ${String(field.args.find((argument) => argument.name === name)!.type)}`).join(', ');
  const args = names.map((name) => `${name}: $${name}`).join(', ');
  return {
    query: `${kind} Hostile(${declared}) { ${field.name}(${args})${selectionFor(field)} }`,
    variables: Object.fromEntries(names.map((name) => [name, json(values[name])])),
  };
}

/** The principals each operation is called as (anonymous, signed in, support, engine…). */
export type PrincipalsFor = (operation: string) => string[];

/**
 * Every hostile call of the schema: each argument slot × each payload of its type, sent as each
 * principal of the operation and in both encodings, the other arguments valid; shuffled by the seed.
 */
export function generateCalls(roots: RootField[], valid: ValidValue, principalsFor: PrincipalsFor, random: Random): HostileCall[] {
  const calls: HostileCall[] = [];
  for (const root of roots) {
    const operation = root.field.name;
    const requiredValues = () => {
      const values: Record<string, unknown> = {};
      for (const argument of root.field.args) {
        if (isNonNullType(argument.type) && argument.defaultValue === undefined) values[argument.name] = validArgument(operation, argument.name, argument.type, valid);
      }
      return values;
    };
    if (!root.field.args.length) {
      for (const principal of principalsFor(operation)) {
        for (const encoding of ['variables', 'inline'] as const) {
          calls.push({ operation, kind: root.kind, argument: '-', payload: 'no-arguments', encoding, principal, body: buildBody(root, {}, encoding) });
        }
      }
      continue;
    }
    for (const slot of argumentSlots(root.field)) {
      const [argumentName, ...inside] = slot.path as [string, ...(string | number)[]];
      const argument = root.field.args.find((each) => each.name === argumentName)!;
      const principals = principalsFor(operation);
      for (const payload of payloadsFor(slot.type, random)) {
        // Each payload is sent as every principal and in both encodings, paired (not crossed):
        // anonymous in one encoding, signed in in the other (the seed picks which), support
        // and the engine again in either.
        const first = random.int(2);
        for (let index = 0; index < Math.max(2, principals.length); index += 1) {
          const principal = principals[index % principals.length]!;
          const encoding = (['variables', 'inline'] as const)[(first + index) % 2]!;
          const values = requiredValues();
          const base = inside.length ? (values[argumentName] ?? validArgument(operation, argumentName, argument.type, valid)) : undefined;
          values[argumentName] = withPayload(base, inside, payload.value);
          calls.push({ operation, kind: root.kind, argument: pathText(slot.path), payload: payload.kind, encoding, principal, body: buildBody(root, values, encoding) });
        }
      }
    }
  }
  return random.shuffle(calls);
}
