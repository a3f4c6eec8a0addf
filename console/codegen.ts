import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Every GraphQL document of the console is a `graphql(`…`)` call; codegen validates each one
 * against the committed contract (schema/supergraph.graphql) and writes its result and variables
 * types to src/gql/. `npm run lint` runs it with `--check`: an operation naming a field the
 * supergraph lacks, or a stale src/gql/, fails the build instead of the screen.
 */
const config: CodegenConfig = {
  schema: '../schema/supergraph.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      // Screens read whole results; fragments only share field lists between operations.
      presetConfig: { fragmentMasking: false },
      config: {
        // The client posts text (auth/graphqlClient.ts), so documents stay strings, typed; the
        // build inlines each one where it is used (scripts/graphqlDocuments.ts).
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
