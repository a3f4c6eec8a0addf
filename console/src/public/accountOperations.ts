import { graphql } from '../gql';
export const REQUEST_PASSWORD_RESET = graphql(`mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }`);

export const RESET_PASSWORD = graphql(`mutation ResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`);
