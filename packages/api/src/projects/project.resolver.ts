import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { CurrentClient } from '../auth/current-viewer';
import { CLIENT, ClientRights, VIEWER } from '../auth/requirements';
import type { ClientViewerContext, RequestContext } from '../auth/context';
import { parseId } from '../common/ids';
import { Feedback } from '../feedback/feedback.entity';
import { StoredFile } from '../files/stored-file.entity';
import { actorNameFor, clientActor, staffActor } from '../history/actor';
import { HistoryEntry, HistoryRecordType } from '../history/history-entry.entity';
import { Rights } from '../staff/staff-rights';
import { clientNameOf, workLoaders } from '../work/work-loaders';
import { Project, ProjectStatus } from './project.entity';
import { ChangeProjectStatusInput, CreateProjectInput, UpdateProjectInput } from './project.inputs';
import { ProjectReview } from './project-review.entity';
import * as projects from './project.service';

enum ReviewUnavailableReason {
  NOT_DELIVERED = 'NOT_DELIVERED',
  PHRASE_INTEGRATED = 'PHRASE_INTEGRATED',
}
registerEnumType(ReviewUnavailableReason, { name: 'ReviewUnavailableReason' });

@ObjectType({ description: 'Whether the client can review the delivered translation and send it back, and if not, why.' })
class ReviewAvailability {
  @Field()
  available: boolean;

  @Field(() => ReviewUnavailableReason, {
    nullable: true,
    description: 'PHRASE_INTEGRATED: review is not offered for Phrase-integrated projects (a known limit).',
  })
  reason: ReviewUnavailableReason | null;
}

/** Fields of a project, for staff and for its client alike; each part asks for its own right, not only the project's. */
@Authorized(VIEWER)
@Resolver(() => Project)
export class ProjectFieldsResolver {
  @FieldResolver(() => String, { description: "The client's name." })
  clientName(@Root() record: { clientId: number }, @Ctx() context: RequestContext): Promise<string> {
    return clientNameOf(context, record.clientId);
  }

  @Authorized(Rights.PROJECTS_DISPLAY, ClientRights.PROJECTS_DISPLAY)
  @FieldResolver(() => [HistoryEntry], { description: 'Status timeline and other events, oldest first (Projects Display).' })
  history(@Root() project: Project, @Ctx() context: RequestContext): Promise<HistoryEntry[]> {
    return workLoaders(context.loaders, context.dataSource).history(HistoryRecordType.PROJECT).load(project.id);
  }

  @Authorized(Rights.FILES_BROWSE, ClientRights.FILES_BROWSE)
  @FieldResolver(() => [StoredFile], {
    nullable: true,
    description: 'Source, target and reference files. Needs Files Browse (staff and clients alike).',
  })
  files(@Root() project: Project, @Ctx() context: RequestContext): Promise<StoredFile[]> {
    return workLoaders(context.loaders, context.dataSource).filesOfProject().load(project.id);
  }

  @Authorized(Rights.FEEDBACK_BROWSE, ClientRights.FEEDBACK_BROWSE)
  @FieldResolver(() => Feedback, {
    nullable: true,
    description: "The client's feedback on the project. Needs Feedback Browse (staff and clients alike).",
  })
  async feedback(@Root() project: Project, @Ctx() context: RequestContext): Promise<Feedback | null> {
    return (await workLoaders(context.loaders, context.dataSource).feedbackOfProject().load(project.id))[0] ?? null;
  }

  @Authorized(Rights.PROJECTS_DISPLAY, ClientRights.PROJECTS_DISPLAY)
  @FieldResolver(() => [ProjectReview], { description: 'Reviews the client sent back, oldest first (Projects Display).' })
  reviews(@Root() project: Project, @Ctx() context: RequestContext): Promise<ProjectReview[]> {
    return workLoaders(context.loaders, context.dataSource).reviewsOfProject().load(project.id);
  }

  @FieldResolver(() => ReviewAvailability)
  reviewAvailability(@Root() project: Project): ReviewAvailability {
    return projects.reviewAvailability(project) as ReviewAvailability;
  }
}

@Authorized(VIEWER)
@Resolver(() => ProjectReview)
export class ProjectReviewFieldsResolver {
  @FieldResolver(() => String, { description: 'The client, or staff on its behalf.' })
  sentBy(@Root() review: ProjectReview, @Ctx() context: RequestContext): string {
    return actorNameFor(context, { name: review.sentBy, kind: review.sentByKind });
  }
}

@Authorized()
@Resolver(() => Project)
export class ProjectResolver {
  @Authorized(Rights.PROJECTS_BROWSE)
  @Query(() => [Project], { description: 'Projects, newest first; page with `before` = the last id seen.' })
  projects(
    @Ctx() context: RequestContext,
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
    @Arg('status', () => ProjectStatus, { nullable: true }) status: ProjectStatus | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
  ): Promise<Project[]> {
    return projects.listProjects(context.dataSource, {
      clientId: clientId ? parseId(clientId, 'clientId') : null,
      status,
      search,
      first,
      before,
    });
  }

  @Authorized(Rights.PROJECTS_DISPLAY)
  @Query(() => Project, { description: 'One project (Projects Display).' })
  project(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Project> {
    return projects.getProject(context.dataSource, id);
  }

  @Authorized(Rights.PROJECTS_CREATE)
  @Mutation(() => Project, { description: 'Creates a project for a client (in progress), optionally answering one of its requests.' })
  createProject(@Ctx() context: RequestContext, @Arg('input') input: CreateProjectInput): Promise<Project> {
    return projects.createProject(context.dataSource, input, staffActor(context));
  }

  @Authorized(Rights.PROJECTS_EDIT)
  @Mutation(() => Project, { description: 'Saves a project. Fails with CONFLICT when `version` is stale.' })
  updateProject(@Ctx() context: RequestContext, @Arg('input') input: UpdateProjectInput): Promise<Project> {
    return projects.updateProject(context.dataSource, input, staffActor(context));
  }

  @Authorized(Rights.PROJECTS_EDIT)
  @Mutation(() => Project, { description: 'Moves a project to another status; recorded in its timeline.' })
  changeProjectStatus(@Ctx() context: RequestContext, @Arg('input') input: ChangeProjectStatusInput): Promise<Project> {
    return projects.changeProjectStatus(context.dataSource, input, staffActor(context));
  }
}

/** The Client Portal's view: the signed-in client's own projects only, as its rights allow. */
@Authorized(CLIENT)
@Resolver(() => Project)
export class MyProjectsResolver {
  @Authorized(ClientRights.PROJECTS_BROWSE)
  @Query(() => [Project], { description: "The client's projects, newest first (Projects Browse)." })
  myProjects(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('status', () => ProjectStatus, { nullable: true }) status: ProjectStatus | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name, or the number (P-00042).' }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
  ): Promise<Project[]> {
    return projects.listProjects(context.dataSource, { clientId: viewer.client.id, status, search, first, before });
  }

  @Authorized(ClientRights.PROJECTS_DISPLAY)
  @Query(() => Project, { description: "One of the client's projects (Projects Display)." })
  myProject(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('id', () => ID) id: string,
  ): Promise<Project> {
    return projects.getOwnProject(context.dataSource, viewer, id);
  }

  @Authorized(ClientRights.PROJECTS_EDIT)
  @Mutation(() => Project, {
    description: 'Sends a delivered translation back with review comments (Projects Edit). Not for Phrase-integrated projects.',
  })
  async sendProjectBackForReview(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('comments') comments: string,
  ): Promise<Project> {
    const project = await projects.getOwnProject(context.dataSource, viewer, projectId);
    return projects.sendBackForReview(context.dataSource, project, comments, clientActor(viewer));
  }
}
