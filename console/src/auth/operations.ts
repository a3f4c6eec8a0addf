// The identity operations of the API contract (schema/ holds the SDL; src/gql/ their types).
import { graphql } from '../gql';

graphql(`
  fragment SessionUserFields on User { id email firstName lastName supportRole hasAcceptedTermsOfService }
`);

graphql(`
  fragment AuthPayloadFields on AuthPayload { accessToken expiresAt refreshToken user { ...SessionUserFields } }
`);

export const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...AuthPayloadFields } }
`);

export const REFRESH = graphql(`
  mutation Refresh($refreshToken: String!) { refreshAccessToken(refreshToken: $refreshToken) { ...AuthPayloadFields } }
`);

export const LOGOUT = graphql(`
  mutation Logout { logout }
`);

export const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ...AuthPayloadFields } }
`);

export const ACCEPT_TERMS_OF_SERVICE = graphql(`
  mutation AcceptTermsOfService { acceptTermsOfService { ...SessionUserFields } }
`);
