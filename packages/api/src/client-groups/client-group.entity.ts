import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ClientStatus } from '../clients/client-status';
import { ClientPortalAction, ClientPortalArea, offeredClientPortalActions, type ClientPortalRights } from './client-portal-rights';

@ObjectType({ description: 'One row of a client group rights matrix: what the group may do in one Client Portal area.' })
export class ClientAreaRights {
  @Field(() => ClientPortalArea)
  area: ClientPortalArea;

  @Field(() => [ClientPortalAction], { description: 'Granted actions, in the matrix column order.' })
  actions: ClientPortalAction[];
}

@ObjectType({ description: 'A group of clients sharing Client Portal access and rights ("Client Groups and Rights").' })
@Entity('client_groups')
export class ClientGroup {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Lower-cased name: group names are unique regardless of case on every database. */
  @Column({ type: 'varchar', length: 100, unique: true })
  nameKey: string;

  @Field({ description: 'Whether clients of this group may sign in to the Client Portal at all.' })
  @Column({ type: 'boolean', default: false })
  accessAllowed: boolean;

  @Field(() => ClientStatus, {
    nullable: true,
    description:
      'Set on the built-in status groups (Active, Potential, Inactive): the status they stand for. Those groups cannot be deleted or renamed.',
  })
  @Column({ type: 'varchar', length: 16, nullable: true, unique: true })
  statusGroupFor: ClientStatus | null;

  @Column({ type: 'simple-json' })
  rightsMatrix: ClientPortalRights;

  @Field({
    description:
      'Clients of this group must sign in with a second factor (an authenticator app); those without one enrol right after the password step.',
  })
  @Column({ type: 'boolean', default: false })
  twoFactorRequired: boolean;

  @Field(() => Int, { description: 'Incremented on every change; send it back when saving to detect concurrent edits.' })
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;

  @Field({ description: 'True for the built-in status groups.' })
  get builtIn(): boolean {
    return this.statusGroupFor !== null;
  }

  @Field(() => [ClientAreaRights], {
    description: 'The rights matrix: one row for every Client Portal area, with only the rights that do something there.',
  })
  get rights(): ClientAreaRights[] {
    return Object.values(ClientPortalArea).map((area) => {
      const stored = this.rightsMatrix[area] ?? [];
      return { area, actions: offeredClientPortalActions(area).filter((action) => stored.includes(action)) };
    });
  }

  allows(area: ClientPortalArea, action: ClientPortalAction): boolean {
    return this.rightsMatrix[area]?.includes(action) ?? false;
  }
}
