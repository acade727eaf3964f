import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ClientGroup } from '../client-groups/client-group.entity';
import { MessageLetters } from '../messages/message-letters';
import { ClientStatus } from './client-status';
import { FormatPreferences } from './format-preferences';
import { PortalLanguage } from './portal-language';

/**
 * A client of the agency: its Identification Data and its System Account.
 * The `*Key` columns hold lower-cased copies used for case-insensitive uniqueness, search and sorting,
 * so that every database (SQLite, MySQL, TiDB...) gives the same answers and can use its indexes.
 */
@ObjectType({ description: 'A client of the agency with its Identification Data and System Account.' })
@Entity('clients')
@Index('IDX_clients_name', ['nameKey', 'id'])
@Index('IDX_clients_email', ['emailKey', 'id'])
@Index('IDX_clients_status_name', ['status', 'nameKey', 'id'])
// Sorting by status pages through (status, id); the index above orders by name within a status.
@Index('IDX_clients_status', ['status', 'id'])
@Index('IDX_clients_effective_group_name', ['effectiveGroupId', 'nameKey', 'id'])
@Index('IDX_clients_updated', ['updatedAt', 'id'])
export class Client {
  @Field(() => ID, { description: 'Internal identifier; never changes.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: "The client's ID, which is also its Client Portal username. Unique regardless of case." })
  @Column({ type: 'varchar', length: 50 })
  username: string;

  @Column({ type: 'varchar', length: 50, unique: true })
  usernameKey: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  nameKey: string;

  @Field(() => ClientStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ClientStatus;

  @Field(() => String, { nullable: true, description: 'Where the Client Portal letters (welcome, password reset) go.' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  emailKey: string | null;

  @Field({ description: '"Assign to Status": when true the client\'s status decides its group; when false, "Assign to Group" does.' })
  @Column({ type: 'boolean', default: true })
  assignToStatus: boolean;

  @Field(() => ID, { nullable: true, description: 'The group chosen in "Assign to Group"; used only when assignToStatus is false.' })
  @Column({ type: 'int', nullable: true })
  groupId: number | null;

  @ManyToOne(() => ClientGroup, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'groupId' })
  group?: ClientGroup | null;

  /**
   * The group whose rights apply (status group or chosen group), kept in step on every save so the
   * list can filter by group with one indexed equality instead of an OR that defeats indexes.
   */
  @Column({ type: 'int', nullable: true })
  effectiveGroupId: number | null;

  @Field({ description: 'The Client Portal Settings checkbox allowing this client into the Client Portal.' })
  @Column({ type: 'boolean', default: false })
  portalAccessAllowed: boolean;

  @Field(() => Date, { nullable: true, description: 'Last Login Date: set by the Client Portal sign-in; read-only.' })
  @Column({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last Failed Login Date: set by the Client Portal sign-in; read-only.' })
  @Column({ type: 'datetime', nullable: true })
  lastFailedLoginAt: Date | null;

  /** argon2id hash of the Client Portal password; null until the client sets one from a welcome or reset link. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  /** Bytes the client's own uploads take on disk, counted against MAX_CLIENT_STORAGE_MB. */
  @Column({ type: 'bigint', default: 0, transformer: { to: (value: number) => value, from: (value: string | number) => Number(value) } })
  storageUsedBytes: number;

  @Field(() => PortalLanguage, { description: 'Preferred Language for Interface (and for e-mails).' })
  @Column({ type: 'varchar', length: 5, default: PortalLanguage.EN })
  preferredLanguage: PortalLanguage;

  @Field(() => FormatPreferences)
  @Column({ type: 'simple-json' })
  formatPreferences: FormatPreferences;

  @Field(() => MessageLetters, { description: 'When the client is told by e-mail of new messages from the agency.' })
  @Column({ type: 'varchar', length: 16, default: MessageLetters.IMMEDIATELY })
  messageLetters: MessageLetters;

  @Field(() => Int, { description: 'Incremented on every change; send it back when saving to detect concurrent edits.' })
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;

  @Field(() => String, { nullable: true, description: 'Full name of the staff member who saved the client last.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  updatedBy: string | null;
}
