import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Money, ServiceType, money, recordNumber } from '../work/work-types';

export enum QuoteStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(QuoteStatus, { name: 'QuoteStatus' });

/** What a price line is counted in; each portal and the quote PDF show it in the reader's language. */
export enum PriceUnit {
  WORDS = 'WORDS',
  HOURS = 'HOURS',
  PAGES = 'PAGES',
  FLAT_FEE = 'FLAT_FEE',
}
registerEnumType(PriceUnit, { name: 'PriceUnit', description: 'Words, hours, pages or a flat fee.' });

export interface StoredPriceLine {
  /** Free text beside the service, e.g. "EN→DE" (may be empty when a service names the line). */
  description: string;
  /** The service the line is for, shown by its label in the reader's language; null for lines of their own. */
  service?: ServiceType | null;
  quantity: number;
  unit: PriceUnit;
  unitPriceMinor: number;
}

@ObjectType({ description: 'One line of a quote: e.g. 2,400 words of translation at 0.12 each.' })
export class PriceLine {
  @Field({ description: 'Free text, e.g. "EN→DE"; may be empty when `service` names the line.' })
  description: string;

  @Field(() => ServiceType, { nullable: true, description: 'The service the line is for; show its label in the reader’s language.' })
  service: ServiceType | null;

  @Field(() => Float)
  quantity: number;

  @Field(() => PriceUnit)
  unit: PriceUnit;

  @Field(() => Money)
  unitPrice: Money;

  @Field(() => Money, { description: 'quantity × unit price, rounded to the cent.' })
  amount: Money;
}

export function lineAmountMinor(line: StoredPriceLine): number {
  return Math.round(line.quantity * line.unitPriceMinor);
}

@ObjectType({ description: 'A price offer to a client; accepting it turns it into a project.' })
@Entity('quotes')
@Index('IDX_quotes_client_created', ['clientId', 'createdAt', 'id'])
@Index('IDX_quotes_client_status', ['clientId', 'storedStatus', 'id'])
@Index('IDX_quotes_status', ['storedStatus', 'id'])
export class Quote {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  clientId: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => [ServiceType])
  @Column({ type: 'simple-json' })
  services: ServiceType[];

  @Field()
  @Column({ type: 'varchar', length: 16 })
  sourceLanguage: string;

  @Field(() => [String])
  @Column({ type: 'simple-json' })
  targetLanguages: string[];

  @Column({ type: 'simple-json' })
  priceLines: StoredPriceLine[];

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field({ description: 'The quote can be accepted until the end of this day.' })
  @Column({ type: 'datetime' })
  validUntil: Date;

  @Field({ description: 'When the project would be delivered if accepted now.' })
  @Column({ type: 'datetime' })
  proposedDeadline: Date;

  @Column({ type: 'varchar', length: 16 })
  storedStatus: QuoteStatus;

  @Field(() => String, { nullable: true, description: "The client's reason when rejecting." })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  rejectionReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  requestId: number | null;

  @Field(() => ID, { nullable: true, description: 'The project the accepted quote became.' })
  @Column({ type: 'int', nullable: true })
  projectId: number | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field({ description: "When the agency wrote and sent the quote: the date of its history's CREATED entry." })
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;

  @Field({ description: "When the agency sent it (the same as `createdAt` and the history's CREATED entry): the date lists show." })
  get sentAt(): Date {
    return this.createdAt;
  }

  @Field({ description: 'Quote number, e.g. Q-00007.' })
  get number(): string {
    return recordNumber('Q', this.id);
  }

  @Field({
    description:
      "Where the quote downloads as a PDF with the same session (the client's Preferred Language and formats; add `?language=DE` for another portal language).",
  })
  get pdfUrl(): string {
    return `/quotes/${this.id}/pdf`;
  }

  /** A pending quote past its validity is expired, whether or not anyone has looked at it since. */
  @Field(() => QuoteStatus)
  get status(): QuoteStatus {
    return this.storedStatus === QuoteStatus.PENDING && this.validUntil.getTime() < Date.now() ? QuoteStatus.EXPIRED : this.storedStatus;
  }

  @Field(() => [PriceLine])
  get lines(): PriceLine[] {
    return this.priceLines.map((line) => ({
      description: line.description,
      service: line.service ?? null,
      quantity: line.quantity,
      unit: line.unit,
      unitPrice: money(line.unitPriceMinor, this.currency),
      amount: money(lineAmountMinor(line), this.currency),
    }));
  }

  @Field(() => Money)
  get total(): Money {
    return money(
      this.priceLines.reduce((sum, line) => sum + lineAmountMinor(line), 0),
      this.currency,
    );
  }
}
