import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SignInOutcome } from '../client-auth/sign-in-attempt.entity';

/** One Home Portal sign-in attempt with its real outcome; the caller only ever sees one generic refusal. */
@ObjectType({ description: 'One Home Portal sign-in attempt with its real outcome.' })
@Entity('staff_sign_in_attempts')
@Index('IDX_staff_sign_in_attempts_user_at', ['staffUserId', 'attemptedAt'])
export class StaffSignInAttempt {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  staffUserId: number | null;

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
