import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ClientPortalArea } from '../client-groups/client-portal-rights';
import { ConversationRecordType } from '../messages/message.entity';

/** What happened that the client should know about. */
export enum NotificationKind {
  NEW_QUOTE = 'NEW_QUOTE',
  PROJECT_STATUS_CHANGED = 'PROJECT_STATUS_CHANGED',
  PROJECT_DELIVERED = 'PROJECT_DELIVERED',
  FEEDBACK_ANSWERED = 'FEEDBACK_ANSWERED',
  NEW_MESSAGE = 'NEW_MESSAGE',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'A new quote, a project status change, a delivery, an answer to feedback, or a new message from the agency.',
});

/**
 * One thing the agency did that a client is told about in the portal's bell. Rows, not memory:
 * several API processes serve the same clients. The unread count reads `IDX_notifications_unread`.
 */
@ObjectType({ description: 'A notice in the Client Portal: something changed on one of the client’s records.' })
@Entity('client_notifications')
@Index('IDX_notifications_unread', ['clientId', 'readAt', 'area'])
@Index('IDX_notifications_client', ['clientId', 'id'])
export class ClientNotification {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  clientId: number;

  @Field(() => NotificationKind)
  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  /** The area whose Browse right the client needs to see this notice (the record's area). */
  @Column({ type: 'varchar', length: 16 })
  area: ClientPortalArea;

  @Field(() => ConversationRecordType, { description: 'The kind of record it links to.' })
  @Column({ type: 'varchar', length: 16 })
  recordType: ConversationRecordType;

  @Field(() => ID)
  @Column({ type: 'int' })
  recordId: number;

  @Field({ description: 'The record’s number as it was, e.g. P-00042.' })
  @Column({ type: 'varchar', length: 32 })
  recordNumber: string;

  @Field({ description: 'The record’s name as it was.' })
  @Column({ type: 'varchar', length: 300 })
  recordName: string;

  @Field(() => String, { nullable: true, description: 'The new status, for status changes.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  status: string | null;

  @Field(() => Date, { nullable: true, description: 'When the client opened it; null while unread.' })
  @Column({ type: 'datetime', nullable: true })
  readAt: Date | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;
}
