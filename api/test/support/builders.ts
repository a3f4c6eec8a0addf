import type { GraphQLClient } from './graphql-client.js';

let sequence = 0;

export interface SignUpData {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

export function buildSignUp(overrides: Partial<SignUpData> = {}): SignUpData {
  sequence += 1;
  return {
    email: `person.${sequence}.${Date.now()}@example.fr`,
    password: 'Secret-pass-42',
    firstName: 'Camille',
    lastName: `Durand${sequence}`,
    ...overrides,
  };
}

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { accessToken refreshToken expiresAt user { id email firstName lastName supportRole hasAcceptedTermsOfService } }
  }
`;

export const LOGIN = /* GraphQL */ `
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { accessToken refreshToken expiresAt user { id email } }
  }
`;

/** Signs a new person up and returns a client that acts as them. */
export async function signUpAs(client: GraphQLClient, overrides: Partial<SignUpData> = {}) {
  const data = buildSignUp(overrides);
  const result = await client.ok<{ signUp: { accessToken: string; refreshToken: string; user: { id: string; email: string } } }>(SIGN_UP, {
    input: { ...data, acceptTermsOfService: true },
  });
  client.withToken(result.signUp.accessToken);
  return { ...data, ...result.signUp };
}
