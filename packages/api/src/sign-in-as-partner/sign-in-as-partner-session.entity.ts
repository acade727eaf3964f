import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum SignInAsPartnerEndReason {
  /** "End session" in the Client Portal. */
  ENDED_BY_STAFF = 'ENDED_BY_STAFF',
  /** The time limit passed. */
  EXPIRED = 'EXPIRED',
  /** The staff member lost the Sign in as Partner right (or the right to changes) or was deactivated. */
  RIGHT_WITHDRAWN = 'RIGHT_WITHDRAWN',
  /** The staff member started another session as a client: one at a time. */
  REPLACED = 'REPLACED',
  /** The staff member signed out of the Home Portal. */
  STAFF_SIGNED_OUT = 'STAFF_SIGNED_OUT',
  /** The staff member's sessions were revoked, or the password was set anew. */
  STAFF_SESSIONS_REVOKED = 'STAFF_SESSIONS_REVOKED',
  /** The client may no longer sign in to the Client Portal. */
  CLIENT_ACCESS_WITHDRAWN = 'CLIENT_ACCESS_WITHDRAWN',
}
registerEnumType(SignInAsPartnerEndReason, { name: 'SignInAsPartnerEndReason' });

/** One "Sign in as this Partner" session: the audit record of who looked at the portal as whom. */
@ObjectType({ description: 'A Client Portal session a staff member had as a client ("Sign in as this Partner").' })
@Entity('sign_in_as_partner_sessions')
@Index('IDX_sign_in_as_partner_sessions_started', ['startedAt'])
@Index('IDX_sign_in_as_partner_sessions_client', ['clientId', 'startedAt'])
@Index('IDX_sign_in_as_partner_sessions_staff', ['staffUserId', 'startedAt'])
export class SignInAsPartnerSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  staffUserId: number;

  @Field({ description: "The staff member's full name at the time." })
  @Column({ type: 'varchar', length: 200 })
  staffName: string;

  @Field(() => ID)
  @Column({ type: 'int' })
  clientId: number;

  @Field({ description: "The client's ID at the time." })
  @Column({ type: 'varchar', length: 50 })
  clientUsername: string;

  @Field({ description: 'Why the staff member signed in as the client, as stated when starting.' })
  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Field({ description: 'True when the session could change things ("allow changes"); false for a read-only look.' })
  @Column({ type: 'boolean', default: false })
  allowChanges: boolean;

  @Field()
  @Column({ type: 'datetime' })
  startedAt: Date;

  @Field()
  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  endedAtRecorded: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  endReasonRecorded: SignInAsPartnerEndReason | null;

  /**
   * The staff member's id while this session may still be running, null once it ended. Unique: the
   * database itself guarantees one session as a client per staff member, even when two links are
   * exchanged at the same moment on two processes.
   */
  @Column({ type: 'int', nullable: true, unique: true })
  runningForStaffUserId: number | null;

  @Field(() => String, { nullable: true, description: 'Where the session was opened from (IP address).' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ipAddress: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;

  /** A session nobody ended explicitly ends at its time limit. */
  @Field(() => Date, { nullable: true, description: 'When it ended; null while it is still running.' })
  get endedAt(): Date | null {
    if (this.endedAtRecorded) return this.endedAtRecorded;
    return this.expiresAt <= new Date() ? this.expiresAt : null;
  }

  @Field(() => SignInAsPartnerEndReason, { nullable: true })
  get endReason(): SignInAsPartnerEndReason | null {
    if (this.endReasonRecorded) return this.endReasonRecorded;
    return this.expiresAt <= new Date() ? SignInAsPartnerEndReason.EXPIRED : null;
  }
}
