import { Field, InputType } from 'type-graphql';
import { IsEmailOnceTrimmed } from '../../shared/graphql/validators.js';
import { IsNotEmpty, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class SignUpInput {
  /** "  A@x.fr " is accepted: e-mails are trimmed and lower-cased before use. */
  @Field(() => String)
  @IsEmailOnceTrimmed()
  @MaxLength(320)
  email!: string;

  @Field(() => String, { description: 'At least 8 characters with an upper-case letter, a lower-case letter and a digit.' })
  @MinLength(8)
  @MaxLength(200)
  @Matches(/[a-z]/, { message: 'lowercase' })
  @Matches(/[A-Z]/, { message: 'uppercase' })
  @Matches(/[0-9]/, { message: 'digit' })
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
