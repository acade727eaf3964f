import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ServiceType, recordNumber } from '../work/work-types';

export enum RequestKind {
  QUOTE = 'QUOTE',
  PROJECT = 'PROJECT',
}
export enum RequestStatus {
  SUBMITTED = 'SUBMITTED',
  QUOTED = 'QUOTED',
  CONVERTED_TO_PROJECT = 'CONVERTED_TO_PROJECT',
  DECLINED = 'DECLINED',
  /** The client took the request back before the agency answered it. */
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(RequestKind, { name: 'RequestKind', description: 'Whether the client asks for a quote or orders a project directly.' });
registerEnumType(RequestStatus, { name: 'RequestStatus' });

@ObjectType({ description: "A client's request for a quote or a project." })
@Entity('client_requests')
@Index('IDX_client_requests_client_created', ['clientId', 'createdAt', 'id'])
@Index('IDX_client_requests_status', ['status', 'id'])
@Index('IDX_client_requests_client_status', ['clientId', 'status', 'id'])
export class ClientRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  clientId: number;

  @Field(() => RequestKind)
  @Column({ type: 'varchar', length: 16 })
  kind: RequestKind;

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

  @Field()
  @Column({ type: 'datetime' })
  deadline: Date;

  @Field()
  @Column({ type: 'varchar', length: 4000 })
  instructions: string;

  @Field(() => RequestStatus)
  @Column({ type: 'varchar', length: 24 })
  status: RequestStatus;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  quoteId: number | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  projectId: number | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field({ description: "When the client submitted the request: the date of its history's SUBMITTED entry." })
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;

  @Field({ description: "When the client submitted it (the same as `createdAt` and the history's SUBMITTED entry): the date lists show." })
  get submittedAt(): Date {
    return this.createdAt;
  }

  @Field({ description: 'Request number, e.g. R-00013.' })
  get number(): string {
    return recordNumber('R', this.id);
  }
}
