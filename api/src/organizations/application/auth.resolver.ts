import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { OrganizationsContext } from './request-context.js';
import { CurrentUser } from '../../shared/auth/current-principal.decorator.js';
import type { UserPrincipal } from '../../shared/auth/principal.js';
import { AuthPayload } from './auth-payload.type.js';
import { LoginArgs } from './login.args.js';
import { SignUpInput } from './sign-up.input.js';
import { User } from './user.type.js';
import { identityDependencies } from './dependencies.js';
import { login } from '../domain/usecases/login.usecase.js';
import { signUp } from '../domain/usecases/sign-up.usecase.js';
import { logout } from '../domain/usecases/logout.usecase.js';
import { refreshAccessToken } from '../domain/usecases/refresh-access-token.usecase.js';
import { acceptTermsOfService } from '../domain/usecases/accept-terms-of-service.usecase.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password. Throttled per account and per address.' })
  async login(@Args(() => LoginArgs) { email, password }: LoginArgs, @Ctx() context: OrganizationsContext): Promise<AuthPayload> {
    const result = await login({ email, password, ipAddress: context.request.ip, userAgent: context.request.userAgent }, identityDependencies(context));
    return AuthPayload.from(result);
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs in.' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() context: OrganizationsContext): Promise<AuthPayload> {
    const result = await signUp({ ...input, ipAddress: context.request.ip, userAgent: context.request.userAgent }, identityDependencies(context));
    return AuthPayload.from(result);
  }

  @Mutation(() => AuthPayload, { description: 'Trades a refresh token (single use) for new tokens.' })
  async refreshAccessToken(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() context: OrganizationsContext): Promise<AuthPayload> {
    return AuthPayload.from(await refreshAccessToken({ refreshToken }, identityDependencies(context)));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends the caller's session: its tokens stop working at once." })
  async logout(@CurrentUser() principal: UserPrincipal, @Ctx() context: OrganizationsContext): Promise<boolean> {
    return logout({ sessionId: principal.sessionId }, identityDependencies(context));
  }

  @Authorized()
  @Mutation(() => User)
  async acceptTermsOfService(@CurrentUser() principal: UserPrincipal, @Ctx() context: OrganizationsContext): Promise<User> {
    return User.from(await acceptTermsOfService({ userId: principal.userId }, identityDependencies(context)));
  }
}
