// The identity operations of the API contract (schema/ holds the SDL).
const USER_FIELDS = 'id email firstName lastName supportRole hasAcceptedTermsOfService';
const AUTH_PAYLOAD_FIELDS = `accessToken expiresAt refreshToken user { ${USER_FIELDS} }`;

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { ${AUTH_PAYLOAD_FIELDS} }
}`;

export const REFRESH = `mutation Refresh($refreshToken: String!) {
  refreshAccessToken(refreshToken: $refreshToken) { ${AUTH_PAYLOAD_FIELDS} }
}`;

export const LOGOUT = 'mutation Logout { logout }';

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { ${AUTH_PAYLOAD_FIELDS} }
}`;

export const ACCEPT_TERMS_OF_SERVICE = `mutation AcceptTermsOfService { acceptTermsOfService { ${USER_FIELDS} } }`;
