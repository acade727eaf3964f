import { Length } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ServiceType } from '../work/work-types';
import { WorkScopeInput } from '../work/work-scope.inputs';
import { PriceUnit } from './quote.entity';

@InputType()
export class PriceLineInput {
  @Field({ defaultValue: '', description: 'Free text (up to 200 characters); required when no service names the line.' })
  @Length(0, 200, { message: 'Describe each price line in up to 200 characters.' })
  description: string;

  @Field(() => ServiceType, { nullable: true, description: 'The service the line is for, from the list of services.' })
  service?: ServiceType | null;

  @Field(() => Float)
  quantity: number;

  @Field(() => PriceUnit)
  unit: PriceUnit;

  @Field({ description: 'Decimal amount, e.g. "0.12".' })
  unitPrice: string;
}

/** The terms of a quote: what, for how much, until when (a base of the create and update inputs). */
@InputType()
export class QuoteTermsInput extends WorkScopeInput {
  @Field(() => [PriceLineInput])
  lines: PriceLineInput[];

  @Field()
  currency: string;

  @Field()
  validUntil: Date;

  @Field({ description: 'The delivery date offered if the client accepts.' })
  proposedDeadline: Date;
}

@InputType({ description: 'A quote as staff write it for a client.' })
export class CreateQuoteInput extends QuoteTermsInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => ID, { nullable: true, description: 'The client request this quote answers.' })
  requestId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the request staff answered; if the client edited it since, CONFLICT (REQUEST_CHANGED).',
  })
  requestVersion?: number | null;
}

@InputType({ description: 'New terms for a quote the client has not decided yet.' })
export class UpdateQuoteInput extends QuoteTermsInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;
}
