import { Length, Max, Min } from 'class-validator';
import { CurrentClient } from '../auth/current-viewer';
import { CLIENT, ClientRights, VIEWER } from '../auth/requirements';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ClientViewerContext, RequestContext } from '../auth/context';
import { parseId } from '../common/ids';
import { actorNameFor, clientActor, staffActor } from '../history/actor';
import { ActorKind } from '../history/history-entry.entity';
import { Rights } from '../staff/staff-rights';
import { clientNameOf, workLoaders } from '../work/work-loaders';
import { Feedback, FeedbackCategory } from './feedback.entity';
import * as feedback from './feedback.service';

@InputType()
export class SubmitFeedbackInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => Int)
  @Min(1, { message: 'Rate from 1 to 5.' })
  @Max(5, { message: 'Rate from 1 to 5.' })
  score: number;

  @Field(() => FeedbackCategory)
  category: FeedbackCategory;

  @Field({ defaultValue: '' })
  @Length(0, 4000)
  comment: string;

  @Field({ defaultValue: false, description: 'File it as a complaint.' })
  isComplaint: boolean;
}

/** What lists of feedback show beside the rating: whose it is and for which project. */
@Authorized(VIEWER)
@Resolver(() => Feedback)
export class FeedbackFieldsResolver {
  @FieldResolver(() => String, { description: 'Who gave the feedback: the client, or staff on its behalf.' })
  givenBy(@Root() given: Feedback, @Ctx() context: RequestContext): string {
    return actorNameFor(context, { name: given.givenBy, kind: given.givenByKind });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The staff member who answered (the agency's name for clients when staff identity is hidden).",
  })
  answeredBy(@Root() given: Feedback, @Ctx() context: RequestContext): string | null {
    return given.answeredBy === null ? null : actorNameFor(context, { name: given.answeredBy, kind: ActorKind.STAFF });
  }

  @FieldResolver(() => String, { description: "The client's name." })
  clientName(@Root() given: Feedback, @Ctx() context: RequestContext): Promise<string> {
    return clientNameOf(context, given.clientId);
  }

  @FieldResolver(() => String, { description: "The rated project's name." })
  async projectName(@Root() given: Feedback, @Ctx() context: RequestContext): Promise<string> {
    return (await workLoaders(context.loaders, context.dataSource).projects().load(given.projectId))?.name ?? '';
  }

  @FieldResolver(() => String, { description: "The rated project's number, e.g. P-00042." })
  async projectNumber(@Root() given: Feedback, @Ctx() context: RequestContext): Promise<string> {
    return (await workLoaders(context.loaders, context.dataSource).projects().load(given.projectId))?.number ?? '';
  }
}

@Authorized()
@Resolver(() => Feedback)
export class FeedbackResolver {
  @Authorized(Rights.FEEDBACK_BROWSE)
  @Query(() => [Feedback], { description: 'Client feedback, newest first; page with `before` = the last id seen.' })
  feedbackList(
    @Ctx() context: RequestContext,
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
    @Arg('unansweredOnly', { defaultValue: false }) unansweredOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
  ): Promise<Feedback[]> {
    return feedback.listFeedback(context.dataSource, {
      clientId: clientId ? parseId(clientId, 'clientId') : null,
      unansweredOnly,
      first,
      before,
    });
  }

  @Authorized(Rights.FEEDBACK_EDIT)
  @Mutation(() => Feedback, {
    description:
      "Answers a client's feedback; the client sees the answer in the portal. Answered once: a second answer gets CONFLICT (reason FEEDBACK_ANSWERED).",
  })
  answerFeedback(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('answer') answer: string): Promise<Feedback> {
    return feedback.answerFeedback(context.dataSource, id, answer, staffActor(context));
  }
}

@Authorized(CLIENT)
@Resolver(() => Feedback)
export class MyFeedbackResolver {
  @Authorized(ClientRights.FEEDBACK_BROWSE)
  @Query(() => [Feedback], { description: "The client's feedback with the agency's answers (Feedback Browse)." })
  myFeedback(@Ctx() context: RequestContext, @CurrentClient() viewer: ClientViewerContext): Promise<Feedback[]> {
    return feedback.listFeedback(context.dataSource, { clientId: viewer.client.id, first: 100 });
  }

  @Authorized(ClientRights.FEEDBACK_ADD)
  @Mutation(() => Feedback, { description: 'Rates a delivered project, optionally as a complaint (Feedback Add).' })
  submitFeedback(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('input') input: SubmitFeedbackInput,
  ): Promise<Feedback> {
    return feedback.submitFeedback(context.dataSource, viewer, input, clientActor(viewer));
  }
}
