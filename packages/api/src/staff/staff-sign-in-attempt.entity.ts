import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { RecordedSignIn } from '../client-auth/sign-in-attempt.entity';

/** One Home Portal sign-in attempt with its real outcome; the caller only ever sees one generic refusal. */
@ObjectType({ description: 'One Home Portal sign-in attempt with its real outcome.' })
@Entity('staff_sign_in_attempts')
@Index('IDX_staff_sign_in_attempts_user_at', ['staffUserId', 'attemptedAt'])
export class StaffSignInAttempt extends RecordedSignIn {
  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  staffUserId: number | null;
}
