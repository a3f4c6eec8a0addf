export { createTestDatabase, createTestOrm } from './database.js';
export { startTestServer, TEST_AUTH_SECRET, TEST_ENGINE_SECRET, type TestServer } from './server.js';
export { GraphQLClient, type GraphQLResponse } from './graphql-client.js';
export { buildSignUp, signUpAs, SIGN_UP, LOGIN } from './builders.js';
export { buildSiret, supportClient, createOrganization, invitationCode, addMember, CREATE_ORGANIZATION, INVITE, ACCEPT } from './organizations.js';
export { networkId, createNetworkOrganization, createPartnerClient, requestToken, partnerGraphQLClient, CREATE_PARTNER_CLIENT, type IssuedClient } from './partners.js';
