import { Field, InputType } from 'type-graphql';
import { IsEmailOnceTrimmed } from '../../shared/graphql/validators.js';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { PASSWORD_RULES_DESCRIPTION, PasswordRules } from './password-rules.js';

@InputType()
export class SignUpInput {
  /** "  A@x.fr " is accepted: e-mails are trimmed and lower-cased before use. */
  @Field(() => String)
  @IsEmailOnceTrimmed()
  @MaxLength(320)
  email!: string;

  @Field(() => String, { description: PASSWORD_RULES_DESCRIPTION })
  @PasswordRules()
  password!: string;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(255)
  firstName!: string;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(255)
  lastName!: string;

  @Field(() => Boolean, { defaultValue: false })
  acceptTermsOfService!: boolean;
}
