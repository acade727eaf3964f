import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Client } from '../clients/client.entity';
import { CatTool } from './cat-tools';

/** A client's username in an external CAT tool ("username in external system"). */
@ObjectType({ description: 'The username a client has in one CAT tool (a Partner Alias).' })
@Entity('partner_aliases')
@Index('UQ_partner_aliases_client_tool', ['clientId', 'tool'], { unique: true })
@Index('UQ_partner_aliases_tool_username', ['tool', 'externalUsernameKey'], { unique: true })
export class PartnerAlias {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  clientId: number;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clientId' })
  client?: Client;

  @Field(() => CatTool)
  @Column({ type: 'varchar', length: 20 })
  tool: CatTool;

  @Field({ description: 'The username exactly as the CAT tool knows it.' })
  @Column({ type: 'varchar', length: 255 })
  externalUsername: string;

  /** Lower-cased, for "one client per external username within a tool" regardless of case. */
  @Column({ type: 'varchar', length: 255 })
  externalUsernameKey: string;

  @Field()
  @CreateDateColumn()
  createdAt: Date;
}
