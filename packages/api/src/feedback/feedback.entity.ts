import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ActorKind } from '../history/history-entry.entity';

export enum FeedbackCategory {
  QUALITY = 'QUALITY',
  DEADLINE = 'DEADLINE',
  COMMUNICATION = 'COMMUNICATION',
  PRICE = 'PRICE',
  OTHER = 'OTHER',
}
registerEnumType(FeedbackCategory, { name: 'FeedbackCategory' });

@ObjectType({ description: "A client's rating of a delivered project, with the agency's answer." })
@Entity('feedback')
@Index('UQ_feedback_project', ['projectId'], { unique: true })
@Index('IDX_feedback_client', ['clientId', 'createdAt'])
@Index('IDX_feedback_answered', ['answeredAt', 'id'])
export class Feedback {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  clientId: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  projectId: number;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  @Column({ type: 'int' })
  score: number;

  @Field(() => FeedbackCategory)
  @Column({ type: 'varchar', length: 16 })
  category: FeedbackCategory;

  @Field()
  @Column({ type: 'varchar', length: 4000 })
  comment: string;

  @Field({ description: 'True when the client files it as a complaint.' })
  @Column({ type: 'boolean', default: false })
  isComplaint: boolean;

  /** Who gave the feedback (the client, or staff on its behalf); shown through FeedbackFieldsResolver. */
  @Column({ type: 'varchar', length: 300 })
  givenBy: string;

  @Column({ type: 'varchar', length: 32, default: ActorKind.CLIENT })
  givenByKind: ActorKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 4000, nullable: true })
  answer: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  answeredAt: Date | null;

  /** The staff member who answered; shown through FeedbackFieldsResolver. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  answeredBy: string | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;
}
