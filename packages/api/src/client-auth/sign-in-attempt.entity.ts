import type { Request } from 'express';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The real outcome of a Client Portal sign-in, recorded for staff; the client only ever sees one generic refusal. */
export enum SignInOutcome {
  SUCCESS = 'SUCCESS',
  UNKNOWN_USERNAME = 'UNKNOWN_USERNAME',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  NO_PASSWORD_SET = 'NO_PASSWORD_SET',
  ACCESS_DENIED = 'ACCESS_DENIED',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  PORTAL_UNAVAILABLE = 'PORTAL_UNAVAILABLE',
  /** Too many wrong passwords came from the caller's network; the password was not checked. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** A Home Portal user who was deactivated. */
  ACCOUNT_INACTIVE = 'ACCOUNT_INACTIVE',
  /** The password was right, the second factor (authenticator code or recovery code) was not. */
  WRONG_SECOND_FACTOR = 'WRONG_SECOND_FACTOR',
}
registerEnumType(SignInOutcome, { name: 'SignInOutcome', description: 'Why a sign-in succeeded or failed.' });

/** What every recorded sign-in attempt holds, of a client or of a staff member. */
@ObjectType({ description: 'A recorded sign-in attempt (the base of the client and staff attempts).' })
export abstract class RecordedSignIn {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'The username as typed.' })
  @Column({ type: 'varchar', length: 100 })
  usernameTried: string;

  @Field(() => SignInOutcome)
  @Column({ type: 'varchar', length: 24 })
  outcome: SignInOutcome;

  @Field()
  @Column({ type: 'datetime' })
  attemptedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ipAddress: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;
}

/** The columns of an attempt as the request shows them; cut to fit, since the caller chose their length. */
export function recordedSignIn(req: Request, usernameTried: string, outcome: SignInOutcome): Omit<RecordedSignIn, 'id'> {
  return {
    usernameTried: usernameTried.slice(0, 100),
    outcome,
    attemptedAt: new Date(),
    ipAddress: req.ip?.slice(0, 64) ?? null,
    userAgent: req.get('user-agent')?.slice(0, 255) ?? null,
  };
}

@ObjectType({ description: 'One Client Portal sign-in attempt with its real outcome.' })
@Entity('client_sign_in_attempts')
@Index('IDX_sign_in_attempts_client_at', ['clientId', 'attemptedAt'])
export class SignInAttempt extends RecordedSignIn {
  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  clientId: number | null;
}
