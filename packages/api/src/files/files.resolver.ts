import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { CurrentClient } from '../auth/current-viewer';
import { CLIENT, ClientRights, VIEWER } from '../auth/requirements';
import { Brackets } from 'typeorm';
import type { ClientViewerContext, RequestContext } from '../auth/context';
import { likeAnywhere, newestFirst } from '../common/paging';
import { workLoaders } from '../work/work-loaders';
import { actorNameFor } from '../history/actor';
import { FileRole, StoredFile } from './stored-file.entity';

export enum WorkRecordKind {
  PROJECT = 'PROJECT',
  REQUEST = 'REQUEST',
}
registerEnumType(WorkRecordKind, { name: 'WorkRecordKind' });

@ObjectType({ description: 'The project or request a file belongs to.' })
class WorkRecordRef {
  @Field(() => WorkRecordKind)
  kind: WorkRecordKind;

  @Field(() => ID)
  id: number;

  @Field({ description: 'e.g. P-00042 or R-00007.' })
  number: string;

  @Field()
  name: string;
}

@Authorized(VIEWER)
@Resolver(() => StoredFile)
export class StoredFileFieldsResolver {
  @FieldResolver(() => String, { description: "Who uploaded the file (the agency's name for clients when staff identity is hidden)." })
  uploadedBy(@Root() file: StoredFile, @Ctx() context: RequestContext): string {
    return actorNameFor(context, { name: file.uploadedBy, kind: file.uploadedByKind });
  }

  @FieldResolver(() => WorkRecordRef, {
    nullable: true,
    description: 'The project (or, before there is one, the request) the file belongs to.',
  })
  async attachedTo(@Root() file: StoredFile, @Ctx() context: RequestContext): Promise<WorkRecordRef | null> {
    const loaders = workLoaders(context.loaders, context.dataSource);
    const record = file.projectId
      ? await loaders.projects().load(file.projectId)
      : file.requestId
        ? await loaders.requests().load(file.requestId)
        : null;
    if (!record) return null;
    return {
      kind: file.projectId ? WorkRecordKind.PROJECT : WorkRecordKind.REQUEST,
      id: record.id,
      number: record.number,
      name: record.name,
    };
  }
}

/** The Client Portal's Files area: every file of the client's projects and requests in one list. */
@Authorized(CLIENT)
@Resolver(() => StoredFile)
export class MyFilesResolver {
  @Authorized(ClientRights.FILES_BROWSE)
  @Query(() => [StoredFile], { description: "The client's project and request files, newest first (Files Browse); page with `before`." })
  myFiles(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('role', () => FileRole, { nullable: true }) role: FileRole | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of the file name.' }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
  ): Promise<StoredFile[]> {
    const query = newestFirst(context.dataSource.getRepository(StoredFile), 'file', { first, before })
      .andWhere('file.clientId = :clientId', { clientId: viewer.client.id })
      // Uploads for a request the client never sent belong to nothing yet.
      .andWhere(new Brackets((attached) => attached.where('file.projectId IS NOT NULL').orWhere('file.requestId IS NOT NULL')));
    if (role) query.andWhere('file.role = :role', { role });
    const words = search?.trim();
    if (words) query.andWhere("LOWER(file.fileName) LIKE :pattern ESCAPE '!'", { pattern: likeAnywhere(words.toLowerCase()) });
    return query.getMany();
  }
}
