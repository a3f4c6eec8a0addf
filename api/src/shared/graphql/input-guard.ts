import {
  type GraphQLArgument,
  GraphQLError,
  type GraphQLInputType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { sharedGraphQLError } from '../errors/error-mapper.js';

/**
 * The edge check every argument goes through, once, before any resolver, validation or query:
 * driven by the schema (the field's argument types), so a new operation gets it without asking.
 * - a string with a NUL byte (`noNulByte`; PostgreSQL cannot store it) or a lone surrogate
 *   (`wellFormedUnicode`; it has no UTF-8 form, so it breaks encoders, URIs and the database);
 * - an `ID` that is not a UUID (`isUUID`), since every id in the database is one except the
 *   Pix referential's (listed below);
 * - an explicit `null` on a field an update cannot clear (`notNull`, declared on the input class).
 * Refusals answer `BAD_USER_INPUT` with the fields' paths (`input.name`, `emails.0`), never the values.
 */
export type InputProblem = { field: string; constraints: string[] };

/** Skills, competences and areas keep their Pix ids (`recXXXX`), text in the database. */
const TEXT_IDS = new Set(['KnowledgeElementInput.skillId']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** What is wrong with a string wherever it comes from (GraphQL argument, path parameter), if anything. */
export function stringProblem(value: string): 'noNulByte' | 'wellFormedUnicode' | undefined {
  if (value.includes('\u0000')) return 'noNulByte';
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) return 'wellFormedUnicode';
  return undefined;
}

export function badUserInput(fields: InputProblem[]): GraphQLError {
  return sharedGraphQLError('Les données envoyées sont invalides.', 'BAD_USER_INPUT', { fields });
}

const notNullFields = new Map<string, ReadonlySet<string>>();

/**
 * On an update input: these fields may be left out, but `null` would mean "clear" and the column
 * cannot be empty. The class name is the GraphQL input type's name (type-graphql's default).
 */
export function NotNullWhenGiven<T>(...fields: (keyof T & string)[]) {
  return (target: abstract new (...args: never[]) => T): void => {
    notNullFields.set(target.name, new Set(fields));
  };
}

/** What is wrong with a field's arguments, by the schema's argument types (empty when nothing is). */
export function argumentProblems(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const argument of definitions) inspect(argument.type, args[argument.name], argument.name, false, problems);
  return problems;
}

function inspect(type: GraphQLInputType, value: unknown, path: string, textId: boolean, problems: InputProblem[]): void {
  if (value === undefined || value === null) return;
  if (isNonNullType(type)) return inspect(type.ofType, value, path, textId, problems);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => inspect(type.ofType, item, `${path}.${index}`, textId, problems));
    return;
  }
  if (isInputObjectType(type)) {
    const required = notNullFields.get(type.name);
    for (const field of Object.values(type.getFields())) {
      const given = (value as Record<string, unknown>)[field.name];
      if (given === null && required?.has(field.name)) problems.push({ field: `${path}.${field.name}`, constraints: ['notNull'] });
      else inspect(field.type, given, `${path}.${field.name}`, TEXT_IDS.has(`${type.name}.${field.name}`), problems);
    }
    return;
  }
  if (typeof value !== 'string') return;
  const problem = stringProblem(value);
  if (problem) problems.push({ field: path, constraints: [problem] });
  else if (isScalarType(type) && type.name === 'ID' && !textId && !isUuid(value)) problems.push({ field: path, constraints: ['isUUID'] });
}
