import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum HistoryRecordType {
  PROJECT = 'PROJECT',
  QUOTE = 'QUOTE',
  REQUEST = 'REQUEST',
  FEEDBACK = 'FEEDBACK',
}

/** Who did something: staff, the client, or staff signed in as the client with changes allowed. */
export enum ActorKind {
  STAFF = 'STAFF',
  CLIENT = 'CLIENT',
  STAFF_ON_BEHALF_OF_CLIENT = 'STAFF_ON_BEHALF_OF_CLIENT',
  SYSTEM = 'SYSTEM',
}
registerEnumType(ActorKind, { name: 'ActorKind' });

/** One event in the life of a project, quote, request or feedback: the history clients and staff read. */
@ObjectType({ description: "An event in a record's history." })
@Entity('history_entries')
@Index('IDX_history_record', ['recordType', 'recordId', 'occurredAt'])
export class HistoryEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16 })
  recordType: HistoryRecordType;

  @Column({ type: 'int' })
  recordId: number;

  @Field({ description: 'What happened, e.g. STATUS_CHANGED, ACCEPTED, ANSWERED.' })
  @Column({ type: 'varchar', length: 32 })
  event: string;

  @Field(() => String, { nullable: true, description: "The record's status after the event, when it changed." })
  @Column({ type: 'varchar', length: 24, nullable: true })
  status: string | null;

  @Field()
  @Column({ type: 'datetime' })
  occurredAt: Date;

  /** e.g. "Anna Account-Manager", "Acme GmbH", or "Anna Account-Manager on behalf of Acme GmbH"; shown through HistoryEntryFieldsResolver. */
  @Column({ type: 'varchar', length: 300 })
  actorName: string;

  @Field(() => ActorKind)
  @Column({ type: 'varchar', length: 32 })
  actorKind: ActorKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;
}
