import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { UserGroup } from './user-group.entity';

/** A Home Portal user (agency staff). */
@ObjectType({ description: 'A Home Portal user: a member of the agency staff.' })
@Entity('staff_users')
export class StaffUser {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 50 })
  username: string;

  @Column({ type: 'varchar', length: 50, unique: true })
  usernameKey: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** argon2id hash; never exposed. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Field(() => ID)
  @Column({ type: 'int' })
  groupId: number;

  @ManyToOne(() => UserGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'groupId' })
  group?: UserGroup;

  @Field({ description: 'Inactive users cannot sign in; deactivating ends their sessions.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  lastSignInAt: Date | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}
