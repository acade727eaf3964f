import { useQuery } from '@apollo/client/react';
import { Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoadOlder } from '../../app/newestFirstList';
import { FeedbackListDocument, type FeedbackFieldsFragment, type FeedbackListQueryVariables } from './feedback.generated';
import { LoadMoreFooter } from '../../kit/LoadMoreFooter';
import { isRefreshing, QueryStates } from '../../kit/QueryStates';
import { useWorkListParams, type WorkListParams } from '../useWorkListParams';
import { WorkClientFilter, WorkFilters } from '../WorkFilters';
import { workListPageSize } from '../WorkListStates';
import { AnswerFeedbackDialog } from './AnswerFeedbackDialog';
import { FeedbackCard } from './FeedbackCard';

/**
 * The feedback list has one filter of the kind a status is: unanswered (the default) or all,
 * which the address writes as `status=ALL`.
 */
type AnswerFilter = 'UNANSWERED';

function isAnswerFilter(value: string | null): value is AnswerFilter {
  return value === 'UNANSWERED';
}

/** The variables of the FeedbackList query for what the list shows. */
export function feedbackQueryVariables(params: WorkListParams<AnswerFilter>): FeedbackListQueryVariables {
  return { first: workListPageSize, clientId: params.client?.id ?? null, unansweredOnly: params.status === 'UNANSWERED' };
}

/** Clients' feedback on delivered projects (`/feedback`), newest first; unanswered ones unless switched off. */
export function FeedbackPage() {
  const { t } = useTranslation();
  const [params, updateParams] = useWorkListParams({ isStatus: isAnswerFilter, defaultStatus: 'UNANSWERED' });
  const variables = feedbackQueryVariables(params);
  // Answers given elsewhere (a project's page, a colleague) show when the list is opened again.
  const { data, previousData, error, networkStatus, refetch, fetchMore } = useQuery(FeedbackListDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const feedbackList = (data ?? previousData)?.feedbackList;
  const paging = useLoadOlder({
    items: feedbackList ?? [],
    pageSize: workListPageSize,
    listKey: JSON.stringify(variables),
    fetchOlder: async (before) => (await fetchMore({ variables: { before } })).data?.feedbackList.length ?? 0,
  });
  const [answering, setAnswering] = useState<FeedbackFieldsFragment | null>(null);

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2}>{t('feedback.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('feedback.intro')}
        </Text>
      </Stack>
      <WorkFilters label={t('feedback.filters')}>
        <Switch
          label={t('feedback.unansweredOnly')}
          checked={variables.unansweredOnly}
          onChange={(event) => updateParams({ status: event.currentTarget.checked ? 'UNANSWERED' : null })}
          style={{ alignSelf: 'end' }}
          mb={8}
        />
        <WorkClientFilter value={params.client} onChange={(client) => updateParams({ client })} />
      </WorkFilters>
      <QueryStates
        loaded={feedbackList !== undefined}
        error={error}
        empty={feedbackList?.length === 0}
        filtered={params.client !== null}
        refreshing={isRefreshing(networkStatus)}
        texts={{
          loading: t('feedback.loading'),
          loadFailed: t('feedback.loadFailed'),
          empty: variables.unansweredOnly ? t('feedback.noneUnanswered') : t('feedback.empty'),
          noMatch: t('feedback.noMatch'),
        }}
        onRetry={() => void refetch()}
        onClearFilters={() => updateParams({ status: null, client: null })}
        footer={<LoadMoreFooter paging={paging} count={feedbackList?.length ?? 0} />}
      >
        <Stack gap="sm" p="sm" component="ul" aria-label={t('feedback.listLabel')} style={{ listStyle: 'none', margin: 0 }}>
          {(feedbackList ?? []).map((feedback) => (
            <li key={feedback.id}>
              <FeedbackCard feedback={feedback} onAnswer={setAnswering} />
            </li>
          ))}
        </Stack>
      </QueryStates>
      <AnswerFeedbackDialog feedback={answering} onClose={() => setAnswering(null)} />
    </Stack>
  );
}
