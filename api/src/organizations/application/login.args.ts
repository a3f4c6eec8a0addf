import { ArgsType, Field } from 'type-graphql';
import { MaxLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field(() => String)
  @MaxLength(320)
  email!: string;

  @Field(() => String)
  @MaxLength(200)
  password!: string;
}
