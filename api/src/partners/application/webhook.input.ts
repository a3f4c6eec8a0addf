import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'HTTPS (plain HTTP and private addresses in development and tests only).' })
  @MaxLength(2048)
  url!: string;

  @Field(() => [String])
  @ArrayMaxSize(20)
  @MaxLength(64, { each: true })
  eventTypes!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(255)
  description?: string | null;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2048)
  url?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(64, { each: true })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(255)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false: stop deliveries; true: resume (then replay what was missed).' })
  enabled?: boolean | null;
}
