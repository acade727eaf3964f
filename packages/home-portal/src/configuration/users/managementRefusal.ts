import type { TFunction } from 'i18next';
import type { ManagementDecisionFieldsFragment } from './users.generated';

/**
 * Why the viewer may not do something in User Management, in words, from the API's decision (the
 * same one the mutation enforces); null when it is allowed.
 */
export function refusalText(decision: ManagementDecisionFieldsFragment, t: TFunction): string | null {
  if (decision.allowed || !decision.reason) return null;
  return t(`users.refusals.${decision.reason}`);
}

/**
 * The user groups as choices of a group dropdown: the ones the viewer may not assign stay visible
 * but disabled, named with the reason; the user's current group is always selectable (keeping it
 * grants nothing).
 */
export function groupChoices(
  groups: ReadonlyArray<{ id: string; name: string; assignable: ManagementDecisionFieldsFragment }>,
  currentGroupId: string | null,
  t: TFunction,
): Array<{ value: string; label: string; disabled: boolean }> {
  return groups.map((group) => {
    const refusal = group.id === currentGroupId ? null : refusalText(group.assignable, t);
    return {
      value: group.id,
      label: refusal ? t('users.groupNotAssignable', { name: group.name, reason: refusal }) : group.name,
      disabled: refusal !== null,
    };
  });
}
