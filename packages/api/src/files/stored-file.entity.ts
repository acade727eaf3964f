import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ActorKind } from '../history/history-entry.entity';

export enum FileRole {
  SOURCE = 'SOURCE',
  TARGET = 'TARGET',
  REFERENCE = 'REFERENCE',
}
registerEnumType(FileRole, { name: 'FileRole', description: 'Source files to translate, target files delivered, or reference material.' });

/** A file on the server's disk (FILES_DIR), attached to a project, a request or a message. */
@ObjectType({ description: 'A file of a project or request. Download it from `downloadUrl` with the same session.' })
@Entity('stored_files')
@Index('IDX_files_project', ['projectId'])
@Index('IDX_files_request', ['requestId'])
@Index('IDX_files_message', ['messageId'])
@Index('IDX_files_client', ['clientId', 'id'])
export class StoredFile {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  clientId: number;

  @Column({ type: 'int', nullable: true })
  projectId: number | null;

  @Column({ type: 'int', nullable: true })
  requestId: number | null;

  /** Set when the file was sent with a message (then project and request stay null). */
  @Column({ type: 'int', nullable: true })
  messageId: number | null;

  @Field(() => FileRole)
  @Column({ type: 'varchar', length: 16 })
  role: FileRole;

  @Field()
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  sizeBytes: number;

  /** Random name under FILES_DIR; never derived from the uploaded name. */
  @Column({ type: 'varchar', length: 64 })
  storageKey: string;

  /** The name of whoever uploaded it; clients of an agency that hides staff identity see the agency's name instead. */
  @Column({ type: 'varchar', length: 300 })
  uploadedBy: string;

  /** Staff, the client, or staff on the client's behalf; the client's own uploads count toward its storage quota. */
  @Column({ type: 'varchar', length: 32, default: ActorKind.STAFF })
  uploadedByKind: ActorKind;

  @Field()
  @CreateDateColumn()
  uploadedAt: Date;

  @Field({ description: 'Relative URL to download the file.' })
  get downloadUrl(): string {
    return `/files/${this.id}`;
  }
}
