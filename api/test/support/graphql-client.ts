export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
  path?: (string | number)[];
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  data: T | null | undefined;
  errors: GraphQLErrorShape[] | undefined;
}

/** A plain fetch client over real HTTP, as a partner would write one; it remembers its token. */
export class GraphQLClient {
  token: string | undefined;
  authorization: string | undefined;

  constructor(readonly url: string) {}

  withToken(token: string | undefined): this {
    this.token = token;
    return this;
  }

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.authorization) headers.authorization = this.authorization;
    else if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await fetch(this.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
  }

  /** For the happy path: throws with the server's errors when there are any. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** The codes of the errors of a request that is expected to fail. */
  async errorCodes(query: string, variables: Record<string, unknown> = {}): Promise<(string | undefined)[]> {
    const result = await this.request(query, variables);
    return (result.errors ?? []).map((error) => error.extensions?.code);
  }
}
