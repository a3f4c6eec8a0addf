// The API's dependency rule (issue 14), checked by `npm run lint:deps` (part of `lint`, so of
// `npm test`). Paths are relative to api/. A rule at "error" fails the run; a rule still at "warn"
// has known violations left to fix: the report prints their count, a new rule starts there and
// becomes an error once its count reaches 0.
//
// The parser is swc: the repository compiles with TypeScript 7, whose package has no compiler API
// for dependency-cruiser to use. swc reports `import type` as an import like any other, which is
// what we want: a type from an outer ring is a dependency on it all the same.

const CONTEXTS = '(campaigns|certification|organizations|partners)';
const FRAMEWORKS = '(@mikro-orm/[^/]+|type-graphql|graphql|graphql-scalars|class-validator|knex|pg)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-not-to-outer-rings',
      comment:
        "domain/ declares its ports and read models; infrastructure/ implements them, application/ " +
        "wires them and api/ serves them. domain/ imports none of these, of any context, nor the " +
        "context's schema or entities, nor the composition root (src/*.ts, src/gateway/), nor the " +
        "parts of shared/ that wrap those frameworks (database, graphql, http, email-address).",
      severity: 'error',
      from: { path: `^src/${CONTEXTS}/domain/` },
      to: {
        path: [`^src/${CONTEXTS}/(infrastructure|application|api)/`, `^src/${CONTEXTS}/(schema|entities)\\.ts$`, '^src/[^/]+\\.ts$', '^src/gateway/',
          '^src/shared/(database|graphql|http)/', '^src/shared/email-address\\.ts$'],
      },
    },
    {
      name: 'domain-not-to-frameworks',
      comment: 'domain/ is plain TypeScript: no ORM, no GraphQL, no validation library, no SQL driver.',
      severity: 'error',
      from: { path: `^src/${CONTEXTS}/domain/` },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], path: `(^|/)node_modules/${FRAMEWORKS}/` },
    },
    {
      name: 'contexts-meet-through-api',
      comment:
        "A context uses another context only through that context's api/ (its small models), " +
        'never its domain, infrastructure, application, entities or schema.',
      severity: 'error',
      from: { path: `^src/${CONTEXTS}/` },
      to: { path: `^src/${CONTEXTS}/`, pathNot: ['^src/$1/', `^src/${CONTEXTS}/api/`] },
    },
    {
      name: 'contexts-not-to-composition-root',
      comment:
        "Each context's resolvers are typed on the context's own request context " +
        "(application/request-context.ts); only the composition root (src/*.ts, src/gateway/) " +
        'knows all three contexts, and no context imports it.',
      severity: 'error',
      from: { path: `^src/${CONTEXTS}/` },
      to: { path: ['^src/[^/]+\\.ts$', '^src/gateway/'] },
    },
    {
      name: 'shared-not-to-contexts',
      comment: 'shared/ is the kernel every context may use; it knows no context.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: [`^src/${CONTEXTS}/`, '^src/[^/]+\\.ts$', '^src/gateway/'] },
    },
    {
      name: 'no-circular',
      comment: 'No import cycle between files (type-only imports included).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves: an import the tool cannot follow is an import it cannot check.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'test-builders-stay-in-tests',
      comment:
        'The build<Noun>() builders and in-memory ports of <context>/domain/testing/ and shared/testing/ ' +
        'serve the *.test.ts files beside the code (which this rule does not cruise): no module of the ' +
        'application imports them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '/testing/' },
      to: { path: [`^src/${CONTEXTS}/domain/testing/`, '^src/shared/testing/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    parser: 'swc',
    enhancedResolveOptions: {
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      exportsFields: ['exports'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
