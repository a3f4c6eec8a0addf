import { type Configuration, JsonProperty, Utils } from '@mikro-orm/core';
import { type Knex, PostgreSqlConnection, PostgreSqlDriver, type PostgreSqlPlatform } from '@mikro-orm/postgresql';

/**
 * MikroORM 6 inlines every parameter into the SQL text before handing it to knex
 * (`AbstractSqlConnection.execute`: `platform.formatQuery(sql, params)`, then `knex.raw(formatted)`;
 * upstream keeps it on purpose, mikro-orm issues #6829 and #8001). PostgreSQL then sees values as
 * text of the statement: a NUL byte breaks the statement itself, the values show in
 * `pg_stat_activity` and in every logged or reported statement. This connection sends the same
 * statement with `$n` placeholders and the values as bound parameters, converted the way
 * `formatQuery` would have written them.
 */
export class BoundParametersConnection extends PostgreSqlConnection {
  override async execute<T>(
    queryOrKnex: string | Knex.QueryBuilder | Knex.Raw,
    params: unknown[] = [],
    method: 'all' | 'get' | 'run' = 'all',
    ctx?: Knex.Transaction,
    loggerContext?: Parameters<PostgreSqlConnection['execute']>[4],
  ): Promise<T> {
    await this.ensureConnection();
    if (Utils.isObject<Knex.QueryBuilder | Knex.Raw>(queryOrKnex)) {
      ctx ??= ((queryOrKnex as unknown as { client: { transacting?: boolean } }).client.transacting ? (queryOrKnex as unknown as Knex.Transaction) : undefined);
      const compiled = queryOrKnex.toSQL();
      queryOrKnex = compiled.sql;
      params = [...(compiled.bindings ?? [])];
    }
    const query = this.config.get('onQuery')(queryOrKnex, params);
    const bound = bindParameters(this.platform as PostgreSqlPlatform, query, params);
    return this.executeQuery(
      this.loggedSql(query, params, loggerContext),
      async () => {
        const knex = this.getKnex();
        const raw = bound.bindings.length > 0 ? knex.raw(bound.sql, bound.bindings as Knex.RawBinding[]) : knex.raw(bound.sql);
        if (ctx) raw.transacting(ctx);
        return this.transformRawResult<T>(await raw, method);
      },
      { query, params, ...loggerContext },
    );
  }

  /** What MikroORM logs (and what counts a statement): placeholders, values only if `query-params` is on. */
  private loggedSql(query: string, params: unknown[], context: Parameters<PostgreSqlConnection['execute']>[4]): string {
    const logger = this.config.getLogger();
    if (!logger.isEnabled('query', context)) return query;
    if (logger.isEnabled('query-params', context)) return this.platform.formatQuery(query, params);
    return (this.getKnex().client as { positionBindings(sql: string): string }).positionBindings(query);
  }
}

/** The PostgreSQL driver of `@mikro-orm/postgresql` with the connection above. */
export class BoundParametersPostgreSqlDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    (this as unknown as { connection: BoundParametersConnection }).connection = new BoundParametersConnection(this.config);
  }
}

export interface BoundStatement {
  /** `?` for each binding (knex turns them into `$n`), `\?` for a literal question mark. */
  sql: string;
  bindings: unknown[];
}

/**
 * MikroORM's placeholder grammar (`Platform.formatQuery`): `??` an identifier, `\?` a literal `?`,
 * `?` a value. Identifiers stay in the text (quoted as before); each value becomes a binding:
 * arrays expand to one placeholder per element (they fill `in (?)`), raw fragments are spliced
 * in with their own bindings, JSON objects are serialised, dates written as MikroORM writes them
 * (UTC ISO), `undefined` is `null`. Strings, numbers, booleans and buffers go to pg as they are.
 */
export function bindParameters(platform: PostgreSqlPlatform, sql: string, params: readonly unknown[]): BoundStatement {
  if (params.length === 0) return { sql, bindings: [] };
  const bindings: unknown[] = [];
  let out = '';
  let next = 0;
  // knex reads `??` as an identifier and `\??` as a value: never let a `?` follow another `?`.
  const append = (text: string) => {
    out += out.endsWith('?') && text.startsWith('?') ? ` ${text}` : text;
  };
  const value = (param: unknown): string => {
    if (Utils.isRawSql(param)) {
      const inner = bindParameters(platform, param.sql, param.params ?? []);
      bindings.push(...inner.bindings);
      return inner.sql;
    }
    if (Array.isArray(param)) return param.map(value).join(', ');
    bindings.push(bindingOf(platform, param));
    return '?';
  };
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i]!;
    if (char !== '?') {
      out += char;
    } else if (sql[i - 1] === '\\') {
      out += '?';
    } else if (sql[i + 1] === '?') {
      append(platform.quoteIdentifier(params[next++] as string).replaceAll('?', '\\?'));
      i++;
    } else {
      append(value(params[next++]));
    }
  }
  // Without bindings knex sends the text as it is: write the literal question marks ourselves.
  if (bindings.length === 0) out = out.replaceAll('\\?', '?');
  return { sql: out, bindings };
}

function bindingOf(platform: PostgreSqlPlatform, param: unknown): unknown {
  if (param === undefined) return null;
  if (param instanceof Date) return platform.formatDate(param);
  if (typeof param === 'bigint') return param.toString();
  if (ArrayBuffer.isView(param)) return param;
  // knex's own Raw/Ref objects: knex splices them in (with their bindings) when it sees them as one.
  if (platform.isRaw(param)) return param;
  if (Utils.isPlainObject(param) || (param as { [JsonProperty]?: unknown } | null)?.[JsonProperty]) return JSON.stringify(param);
  return param;
}
