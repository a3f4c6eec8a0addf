import { ArgsType, Field } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { IsEmailOnceTrimmed } from '../../shared/graphql/validators.js';
import { PASSWORD_RULES_DESCRIPTION, PasswordRules } from './password-rules.js';

@ArgsType()
export class RequestPasswordResetArgs {
  @Field(() => String)
  @IsEmailOnceTrimmed()
  @MaxLength(320)
  email!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field(() => String, { description: 'The token of the e-mailed link (`/mot-de-passe/<token>`).' })
  @MaxLength(100)
  token!: string;

  @Field(() => String, { description: `The new password. ${PASSWORD_RULES_DESCRIPTION}` })
  @PasswordRules()
  password!: string;
}
