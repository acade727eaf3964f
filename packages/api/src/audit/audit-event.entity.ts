import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Actions that leave a trace staff can read later. */
export const AuditAction = {
  CLIENT_PORTAL_2_ENABLED: 'CLIENT_PORTAL_2_ENABLED',
  CLIENT_PORTAL_SETTINGS_CHANGED: 'CLIENT_PORTAL_SETTINGS_CHANGED',
  CLIENT_ACCOUNT_UNLOCKED: 'CLIENT_ACCOUNT_UNLOCKED',
} as const;

@ObjectType({ description: 'A recorded administrative action.' })
@Entity('audit_events')
@Index('IDX_audit_events_at', ['occurredAt'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 48 })
  action: string;

  @Field()
  @Column({ type: 'datetime' })
  occurredAt: Date;

  @Field(() => String, { nullable: true, description: 'Full name of the staff member who acted.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  actorName: string | null;

  @Column({ type: 'int', nullable: true })
  actorStaffUserId: number | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  clientId: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ipAddress: string | null;

  @Field(() => GraphQLJSONObject, { description: 'What exactly happened, e.g. the customization that was discarded.' })
  @Column({ type: 'simple-json' })
  details: Record<string, unknown>;
}
