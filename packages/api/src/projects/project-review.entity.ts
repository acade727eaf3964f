import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ActorKind } from '../history/history-entry.entity';

/** A client's review of a delivered translation, sent back to the agency with comments. */
@ObjectType({ description: 'A delivered translation sent back by the client with review comments.' })
@Entity('project_reviews')
@Index('IDX_project_reviews_project', ['projectId', 'createdAt'])
export class ProjectReview {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  projectId: number;

  @Field()
  @Column({ type: 'varchar', length: 4000 })
  comments: string;

  /** The client, or staff on its behalf; shown through ProjectFieldsResolver's reviews. */
  @Column({ type: 'varchar', length: 300 })
  sentBy: string;

  @Column({ type: 'varchar', length: 32, default: ActorKind.CLIENT })
  sentByKind: ActorKind;

  @Field()
  @CreateDateColumn()
  createdAt: Date;
}
