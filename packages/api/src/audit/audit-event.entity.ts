import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Actions that leave a trace staff can read later; `details.changes` holds old and new values where something changed. */
export const AuditAction = {
  CLIENT_PORTAL_2_ENABLED: 'CLIENT_PORTAL_2_ENABLED',
  CLIENT_PORTAL_SETTINGS_CHANGED: 'CLIENT_PORTAL_SETTINGS_CHANGED',
  CLIENT_ACCOUNT_UNLOCKED: 'CLIENT_ACCOUNT_UNLOCKED',
  CLIENT_ACCESS_CHANGED: 'CLIENT_ACCESS_CHANGED',
  CLIENT_IDENTIFICATION_CHANGED: 'CLIENT_IDENTIFICATION_CHANGED',
  CLIENT_DELETED: 'CLIENT_DELETED',
  CLIENT_GROUP_CREATED: 'CLIENT_GROUP_CREATED',
  CLIENT_GROUP_CHANGED: 'CLIENT_GROUP_CHANGED',
  CLIENT_GROUP_DELETED: 'CLIENT_GROUP_DELETED',
  PARTNER_ALIAS_ADDED: 'PARTNER_ALIAS_ADDED',
  PARTNER_ALIAS_CHANGED: 'PARTNER_ALIAS_CHANGED',
  PARTNER_ALIAS_REMOVED: 'PARTNER_ALIAS_REMOVED',
  USER_GROUP_CREATED: 'USER_GROUP_CREATED',
  USER_GROUP_CHANGED: 'USER_GROUP_CHANGED',
  USER_GROUP_DELETED: 'USER_GROUP_DELETED',
  STAFF_USER_CREATED: 'STAFF_USER_CREATED',
  STAFF_USER_CHANGED: 'STAFF_USER_CHANGED',
  STAFF_USER_DELETED: 'STAFF_USER_DELETED',
  STAFF_USER_PASSWORD_SET: 'STAFF_USER_PASSWORD_SET',
  STAFF_USER_SESSIONS_REVOKED: 'STAFF_USER_SESSIONS_REVOKED',
  STAFF_ACCOUNT_UNLOCKED: 'STAFF_ACCOUNT_UNLOCKED',
  LETTER_LINK_REVEALED: 'LETTER_LINK_REVEALED',
  PASSWORD_POLICY_CHANGED: 'PASSWORD_POLICY_CHANGED',
  STAFF_TWO_FACTOR_RESET: 'STAFF_TWO_FACTOR_RESET',
  CLIENT_TWO_FACTOR_RESET: 'CLIENT_TWO_FACTOR_RESET',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

@ObjectType({ description: 'A recorded administrative action.' })
@Entity('audit_events')
@Index('IDX_audit_events_at', ['occurredAt'])
@Index('IDX_audit_events_client', ['clientId', 'occurredAt'])
@Index('IDX_audit_events_action', ['action', 'occurredAt'])
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

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  actorStaffUserId: number | null;

  @Field(() => ID, { nullable: true, description: 'The client concerned, if any.' })
  @Column({ type: 'int', nullable: true })
  clientId: number | null;

  @Field(() => ID, { nullable: true, description: 'The Home Portal user concerned, if any (e.g. whose group changed).' })
  @Column({ type: 'int', nullable: true })
  subjectStaffUserId: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ipAddress: string | null;

  @Field(() => GraphQLJSONObject, { description: 'What exactly happened, e.g. the customization that was discarded.' })
  @Column({ type: 'simple-json' })
  details: Record<string, unknown>;
}
