import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { OrganizationsContext } from './request-context.js';
import { RequestPasswordResetArgs, ResetPasswordArgs } from './password-reset.args.js';
import { passwordResetDependencies } from './dependencies.js';
import { requestPasswordReset } from '../domain/usecases/request-password-reset.usecase.js';
import { resetPassword } from '../domain/usecases/reset-password.usecase.js';

@Resolver()
export class PasswordResetResolver {
  @Mutation(() => Boolean, {
    description:
      'E-mails a single-use link to choose a new password (valid PASSWORD_RESET_TTL_MINUTES, the previous link stops working). ' +
      'Always true, whether or not an account has this address; at most one e-mail per address every PASSWORD_RESET_INTERVAL_SECONDS.',
  })
  async requestPasswordReset(@Args(() => RequestPasswordResetArgs) { email }: RequestPasswordResetArgs, @Ctx() context: OrganizationsContext): Promise<boolean> {
    return requestPasswordReset({ email }, passwordResetDependencies(context));
  }

  @Mutation(() => Boolean, {
    description:
      "Sets a new password with an e-mailed link's token, spends the link and ends every session of the account (sign in again). " +
      'RESET_TOKEN_INVALID for an unknown, expired or used link.',
  })
  async resetPassword(@Args(() => ResetPasswordArgs) { token, password }: ResetPasswordArgs, @Ctx() context: OrganizationsContext): Promise<boolean> {
    return resetPassword({ token, password }, passwordResetDependencies(context));
  }
}
