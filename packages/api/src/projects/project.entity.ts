import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DEADLINE_SOON_DAYS } from '@portico/domain';
import { CatTool } from '../partner-aliases/cat-tools';
import { Money, ServiceType, money, recordNumber } from '../work/work-types';

export enum ProjectStatus {
  REQUESTED = 'REQUESTED',
  IN_PROGRESS = 'IN_PROGRESS',
  READY = 'READY',
  DELIVERED = 'DELIVERED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ProjectStatus, { name: 'ProjectStatus' });

/** A translation project of a client. */
@ObjectType({ description: 'A project the agency runs for a client.' })
@Entity('projects')
@Index('IDX_projects_client_ordered', ['clientId', 'orderedAt', 'id'])
@Index('IDX_projects_client_status', ['clientId', 'status', 'id'])
@Index('IDX_projects_status', ['status', 'id'])
export class Project {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  clientId: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => [ServiceType])
  @Column({ type: 'simple-json' })
  services: ServiceType[];

  @Field()
  @Column({ type: 'varchar', length: 16 })
  sourceLanguage: string;

  @Field(() => [String])
  @Column({ type: 'simple-json' })
  targetLanguages: string[];

  @Field()
  @Column({ type: 'datetime' })
  orderedAt: Date;

  @Field()
  @Column({ type: 'datetime' })
  deadline: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  deliveredAt: Date | null;

  @Field(() => ProjectStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ProjectStatus;

  @Column({ type: 'int' })
  totalCostMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field(() => CatTool, { nullable: true, description: 'The CAT tool the project runs in, if integrated (Phrase, XTM, ...).' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  catTool: CatTool | null;

  @Field(() => ID, { nullable: true, description: 'The quote this project came from.' })
  @Column({ type: 'int', nullable: true })
  quoteId: number | null;

  @Field(() => ID, { nullable: true, description: 'The client request this project answers.' })
  @Column({ type: 'int', nullable: true })
  requestId: number | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;

  @Field({ description: 'Project number as clients see it, e.g. P-00042.' })
  get number(): string {
    return recordNumber('P', this.id);
  }

  @Field({
    description: `True while the project is still to be delivered and its deadline is at most ${DEADLINE_SOON_DAYS} days away (or passed).`,
  })
  get deadlineSoon(): boolean {
    const open =
      this.status === ProjectStatus.REQUESTED || this.status === ProjectStatus.IN_PROGRESS || this.status === ProjectStatus.READY;
    return open && new Date(this.deadline).getTime() - Date.now() <= DEADLINE_SOON_DAYS * 86_400_000;
  }

  @Field({
    description:
      "Where all of the project's files download as one zip, in folders by role, with the same session (Files Display); add `?role=SOURCE`, `TARGET` or `REFERENCE` for one role.",
  })
  get filesZipUrl(): string {
    return `/projects/${this.id}/files.zip`;
  }

  @Field(() => Money)
  get totalCost(): Money {
    return money(this.totalCostMinor, this.currency);
  }
}
