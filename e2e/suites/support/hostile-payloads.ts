import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLEnumType,
  type GraphQLInputType,
} from 'graphql';
import type { Random } from './hostile-random.js';

/** An enum value: a bare name in an inline literal, a string in the variables. */
export class EnumValue {
  constructor(readonly name: string) {}
}

/** One hostile value for one argument, and the name its outcome is counted under. */
export interface Payload {
  kind: string;
  value: unknown;
}

const HUGE = 100_000;

/**
 * Hostile strings, for any String or ID argument. Each is something a browser, a script or a
 * copy-paste can send; none may earn a server error.
 */
function hostileStrings(random: Random): Payload[] {
  return [
    { kind: 'empty', value: '' },
    { kind: 'blank', value: '   \t\n ' },
    { kind: 'huge-100k', value: 'a'.repeat(HUGE) },
    { kind: 'huge-256', value: `${'x'.repeat(244)}@example.org` },
    { kind: 'nul-byte', value: 'a\u0000b' },
    { kind: 'nul-only', value: '\u0000' },
    { kind: 'lone-high-surrogate', value: '\ud800' },
    { kind: 'lone-low-surrogate', value: 'x\udc00y' },
    { kind: 'rtl-override', value: '\u202eabc\u202d\u200f' },
    { kind: 'emoji', value: '👩‍👩‍👧‍👦🔥\u{1f600}é' },
    { kind: 'control-chars', value: '\u0001\u0007\u001b[31m\u007f' },
    { kind: 'sql', value: `' OR '1'='1'; DROP TABLE "user"; --` },
    { kind: 'sql-union', value: `x' UNION SELECT password_hash FROM "user" --` },
    { kind: 'html', value: '<script>alert(1)</script><img src=x onerror=alert(1)>' },
    { kind: 'percent-format', value: '%s%n%x${7*7}{{7*7}}' },
    { kind: 'path-traversal', value: '../../../../etc/passwd' },
    { kind: 'unknown-uuid', value: random.uuid() },
    { kind: 'random-unicode', value: randomUnicode(random, 40) },
  ];
}

function wrongTypesFor(name: string): Payload[] {
  const all: Payload[] = [
    { kind: 'wrong-type-number', value: 12345 },
    { kind: 'wrong-type-float', value: 1.5 },
    { kind: 'wrong-type-boolean', value: true },
    { kind: 'wrong-type-object', value: { nested: 'x' } },
    { kind: 'wrong-type-string', value: 'not-the-type' },
  ];
  switch (name) {
    case 'String':
    case 'ID':
      return all.filter((payload) => payload.kind !== 'wrong-type-string' && payload.kind !== 'wrong-type-number');
    case 'Int':
    case 'Float':
      return all.filter((payload) => payload.kind !== 'wrong-type-number' && payload.kind !== 'wrong-type-float');
    case 'Boolean':
      return all.filter((payload) => payload.kind !== 'wrong-type-boolean');
    default:
      return all;
  }
}

/** Every hostile payload for an argument (or input field) of this type. */
export function payloadsFor(type: GraphQLInputType, random: Random): Payload[] {
  const payloads: Payload[] = [{ kind: isNonNullType(type) ? 'null-for-required' : 'null', value: null }];
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    payloads.push(
      { kind: 'list-empty', value: [] },
      { kind: 'list-of-null', value: [null] },
      { kind: 'list-huge-1000', value: Array.from({ length: 1000 }, (_, index) => `x${index}`) },
      { kind: 'list-nested', value: [['x']] },
      { kind: 'wrong-type-string', value: 'not-a-list' },
    );
    return payloads;
  }
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    payloads.push(
      { kind: 'object-empty', value: {} },
      { kind: 'object-unknown-field', value: { notAField: 'x' } },
      { kind: 'wrong-type-string', value: 'not-an-object' },
      { kind: 'wrong-type-list', value: [] },
    );
    return payloads;
  }
  if (isEnumType(named)) return [...payloads, ...enumPayloads(named)];
  switch (named.name) {
    case 'String':
      return [...payloads, ...hostileStrings(random), ...wrongTypesFor('String')];
    case 'ID':
      return [
        ...payloads,
        ...hostileStrings(random),
        { kind: 'invalid-uuid', value: 'not-a-uuid' },
        { kind: 'uuid-nil', value: '00000000-0000-0000-0000-000000000000' },
        { kind: 'uuid-uppercase-unknown', value: random.uuid().toUpperCase() },
        { kind: 'uuid-truncated', value: random.uuid().slice(0, 35) },
        { kind: 'uuid-with-suffix', value: `${random.uuid()}' OR 1=1 --` },
        { kind: 'id-as-number', value: 12345 },
        ...wrongTypesFor('ID'),
      ];
    case 'Int':
      return [
        ...payloads,
        { kind: 'negative', value: -1 },
        { kind: 'zero', value: 0 },
        { kind: 'int-max', value: 2147483647 },
        { kind: 'int-overflow', value: 2147483648 },
        { kind: 'int-underflow', value: -2147483649 },
        { kind: 'very-negative', value: -1_000_000_000 },
        { kind: 'huge-number', value: 1e300 },
        { kind: 'random-int', value: random.int(2_000_000_000) - 1_000_000_000 },
        ...wrongTypesFor('Int'),
      ];
    case 'Float':
      return [
        ...payloads,
        { kind: 'negative', value: -1 },
        { kind: 'zero', value: 0 },
        { kind: 'huge-number', value: 1e308 },
        { kind: 'tiny-number', value: 5e-324 },
        { kind: 'very-negative', value: -1e300 },
        ...wrongTypesFor('Float'),
      ];
    case 'Boolean':
      return [...payloads, { kind: 'boolean-as-string', value: 'true' }, { kind: 'boolean-as-number', value: 1 }, ...wrongTypesFor('Boolean')];
    default:
      // Custom scalars (JSONObject, DateTimeISO): strings and shapes they do not expect.
      return [...payloads, ...hostileStrings(random).slice(0, 8), ...wrongTypesFor(named.name)];
  }
}

function enumPayloads(type: GraphQLEnumType): Payload[] {
  const first = type.getValues()[0]!.name;
  return [
    { kind: 'enum-unknown', value: new EnumValue('NOT_A_VALUE') },
    { kind: 'enum-lowercase', value: new EnumValue(first.toLowerCase()) },
    { kind: 'enum-as-quoted-string', value: first },
    { kind: 'enum-empty', value: '' },
    { kind: 'enum-sql', value: `${first}' OR 1=1 --` },
    { kind: 'enum-nul-byte', value: `${first}\u0000` },
    { kind: 'wrong-type-number', value: 1 },
    { kind: 'wrong-type-boolean', value: false },
  ];
}

/** Random code points from every plane, surrogates and noncharacters included. */
function randomUnicode(random: Random, length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) {
    const range = random.pick([0x7f, 0x7ff, 0xffff, 0x10ffff]);
    text += String.fromCodePoint(random.int(range + 1));
  }
  return text;
}
