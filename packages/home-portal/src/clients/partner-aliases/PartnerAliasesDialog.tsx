import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, List, Modal, Paper, SimpleGrid, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPoint, IconX } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/graphqlErrors';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import { apiErrors, asErrorLike } from '../../forms/serverErrors';
import type { ClientProfileFragment } from '../profile/clientProfile.generated';
import {
  AddPartnerAliasDocument,
  CatToolsDocument,
  RemovePartnerAliasDocument,
  UpdatePartnerAliasDocument,
  type CatToolsQuery,
} from './partnerAliases.generated';
import { LoadFailed, Loading } from '../../kit/QueryStates';
import { UndoNotice } from '../../kit/UndoNotice';
import { checkCatToolRule } from './catToolRules';

type PartnerAlias = ClientProfileFragment['partnerAliases'][number];
type CatToolInfo = CatToolsQuery['catTools'][number];

interface PartnerAliasesDialogProps {
  opened: boolean;
  onClose: () => void;
  clientId: string;
  aliases: readonly PartnerAlias[];
  /** Without the right to edit clients the aliases are only shown. */
  readOnly: boolean;
}

/** The "Partner Aliases" popup: the client's username in each CAT tool, checked against that tool's mapping rules. */
export function PartnerAliasesDialog({ opened, onClose, clientId, aliases, readOnly }: PartnerAliasesDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  return (
    <Modal opened={opened} onClose={onClose} title={t('partnerAliases.title')} size="xl" fullScreen={fullScreen}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('partnerAliases.intro')}
        </Text>
        {opened && <PartnerAliasList clientId={clientId} aliases={aliases} readOnly={readOnly} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** An alias just removed, offered back for a few seconds. */
interface RemovedAlias {
  tool: CatToolInfo['tool'];
  externalUsername: string;
}

function PartnerAliasList({ clientId, aliases, readOnly }: Omit<PartnerAliasesDialogProps, 'opened' | 'onClose'>) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CatToolsDocument);
  // Kept here, not in the row: removing the alias gives the tool's row a new key (it starts again empty).
  const [removed, setRemoved] = useState<RemovedAlias | null>(null);
  const forgetRemoved = useCallback(() => setRemoved(null), []);

  if (error) return <LoadFailed title={t('partnerAliases.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading text={t('partnerAliases.loading')} py="lg" />;
  if (data.catTools.length === 0) {
    return <Text c="dimmed">{t('partnerAliases.noTools')}</Text>;
  }
  return (
    <Stack gap="sm">
      {data.catTools.map((tool) => {
        const alias = aliases.find((candidate) => candidate.tool === tool.tool) ?? null;
        // A new key once an alias is added or removed: the row starts again from what is stored.
        return (
          <PartnerAliasRow
            key={`${tool.tool}:${alias?.id ?? 'none'}`}
            tool={tool}
            alias={alias}
            clientId={clientId}
            readOnly={readOnly}
            removed={!alias && removed?.tool === tool.tool ? removed : null}
            onRemoved={setRemoved}
            onUndoOver={forgetRemoved}
          />
        );
      })}
    </Stack>
  );
}

interface ServerRefusal {
  message: string;
  rule: string | null;
}

interface PartnerAliasRowProps {
  tool: CatToolInfo;
  alias: PartnerAlias | null;
  clientId: string;
  readOnly: boolean;
  /** The tool's alias removed a moment ago: offered back with Undo. */
  removed: RemovedAlias | null;
  onRemoved: (alias: RemovedAlias) => void;
  onUndoOver: () => void;
}

/** One CAT tool: its mapping rules ticked off as the user types, the username field, add / save / remove. */
function PartnerAliasRow({ tool, alias, clientId, readOnly, removed, onRemoved, onUndoOver }: PartnerAliasRowProps) {
  const { t } = useTranslation();
  const stored = alias?.externalUsername ?? '';
  const [value, setValue] = useState(stored);
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const clientCacheId = `Client:${clientId}`;
  const [addAlias, adding] = useMutation(AddPartnerAliasDocument, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        id: clientCacheId,
        fields: {
          partnerAliases(existing: readonly Reference[] = [], { toReference }) {
            const added = toReference(data.addPartnerAlias);
            return added ? [...existing, added] : existing;
          },
        },
      });
    },
  });
  const [updateAlias, updating] = useMutation(UpdatePartnerAliasDocument);
  const [removeAlias, removing] = useMutation(RemovePartnerAliasDocument, {
    update(cache, { data }) {
      if (!data?.removePartnerAlias || !alias) return;
      cache.modify({
        id: clientCacheId,
        fields: {
          partnerAliases(existing: readonly Reference[] = [], { readField }) {
            return existing.filter((reference) => readField('id', reference) !== alias.id);
          },
        },
      });
      cache.evict({ id: `PartnerAlias:${alias.id}` });
      cache.gc();
    },
  });

  const username = value.trim();
  const ruleResults = tool.rules.map((rule) => {
    let met: boolean | null = username === '' ? null : checkCatToolRule(rule.code, username);
    if (refusal?.rule === rule.code) met = false;
    return { ...rule, met };
  });
  const brokenRule = username === '' ? undefined : ruleResults.find((rule) => rule.met === false);
  let fieldError: string | null = null;
  if (refusal) fieldError = refusal.message;
  else if (brokenRule) fieldError = t('partnerAliases.breaksRule', { rule: brokenRule.description });

  const changed = username !== stored;
  const canSubmit = username !== '' && changed && !brokenRule;
  const busy = adding.loading || updating.loading || removing.loading;

  const handleError = (error: unknown) => {
    const errors = apiErrors(asErrorLike(error));
    const onField = errors.find((candidate) => candidate.field === 'externalUsername' || candidate.field === 'tool');
    if (onField) {
      setRefusal({ message: onField.message, rule: onField.rule });
      return;
    }
    setFailure(errorMessage(asErrorLike(error), t));
  };

  const submit = async () => {
    if (!canSubmit) return;
    setRefusal(null);
    setFailure(null);
    try {
      if (alias) {
        await updateAlias({ variables: { input: { id: alias.id, externalUsername: username } } });
        setValue(username);
        notifications.show({ color: 'green', message: t('partnerAliases.saved', { tool: tool.label }) });
      } else {
        await addAlias({ variables: { input: { clientId, tool: tool.tool, externalUsername: username } } });
        notifications.show({ color: 'green', message: t('partnerAliases.added', { tool: tool.label }) });
      }
    } catch (error) {
      handleError(error);
    }
  };

  const remove = async () => {
    if (!alias) return;
    setRefusal(null);
    setFailure(null);
    try {
      await removeAlias({ variables: { id: alias.id } });
      // No question first: the row offers the alias back for a few seconds instead.
      onRemoved({ tool: tool.tool, externalUsername: alias.externalUsername });
    } catch (error) {
      handleError(error);
    }
  };

  // Puts the removed alias back exactly as it was (its tool and username are all there is to it).
  const undoRemoval = async () => {
    if (!removed) return;
    await addAlias({ variables: { input: { clientId, tool: removed.tool, externalUsername: removed.externalUsername } } });
    notifications.show({ color: 'green', message: t('partnerAliases.restored', { tool: tool.label }) });
  };

  const rulesId = `cat-tool-rules-${tool.tool}`;
  return (
    <Paper withBorder p="sm" component="section" aria-label={tool.label}>
      <Group justify="space-between" gap="xs" mb="xs">
        <Title order={3} size="h5">
          {tool.label}
        </Title>
        {alias && (
          <Badge variant="light" color="green">
            {t('partnerAliases.mapped')}
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="xs">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="xs">
            <TextInput
              label={t('partnerAliases.usernameIn', { tool: tool.label })}
              value={value}
              readOnly={readOnly}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              error={fieldError}
              aria-describedby={rulesId}
              onChange={(event) => {
                setValue(event.currentTarget.value);
                setRefusal(null);
              }}
            />
            {failure && (
              <Text size="sm" c="red" role="alert">
                {failure}
              </Text>
            )}
            {!readOnly && removed && (
              <UndoNotice
                message={t('partnerAliases.removedUndo', { tool: tool.label, username: removed.externalUsername })}
                onUndo={undoRemoval}
                onDone={onUndoOver}
              />
            )}
            {!readOnly && (
              <Group gap="xs">
                {alias ? (
                  <>
                    <Button type="submit" size="xs" disabled={!canSubmit} loading={updating.loading}>
                      {t('common.save')}
                    </Button>
                    <Button size="xs" variant="light" color="red" disabled={busy} loading={removing.loading} onClick={() => void remove()}>
                      {t('partnerAliases.remove')}
                    </Button>
                  </>
                ) : (
                  <Button type="submit" size="xs" disabled={!canSubmit} loading={adding.loading}>
                    {t('partnerAliases.add')}
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        </form>
        <Stack gap={4} id={rulesId}>
          <Text size="xs" fw={600} c="dimmed">
            {t('partnerAliases.rulesTitle')}
          </Text>
          <List size="sm" spacing={2} center>
            {ruleResults.map((rule) => (
              <List.Item key={rule.code} icon={<RuleIcon met={rule.met} />}>
                {rule.description}
                <VisuallyHidden>
                  {rule.met === true && t('partnerAliases.ruleMet')}
                  {rule.met === false && t('partnerAliases.ruleNotMet')}
                </VisuallyHidden>
              </List.Item>
            ))}
          </List>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}

function RuleIcon({ met }: { met: boolean | null }) {
  if (met === true) return <IconCheck size={16} color="var(--mantine-color-green-filled)" aria-hidden />;
  if (met === false) return <IconX size={16} color="var(--mantine-color-red-filled)" aria-hidden />;
  return <IconPoint size={16} color="var(--mantine-color-dimmed)" aria-hidden />;
}
