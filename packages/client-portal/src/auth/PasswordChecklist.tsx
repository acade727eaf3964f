import { List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { passwordRuleChecks, type PasswordPolicyRules } from '@portico/domain';
import { IconCheck, IconCircleDashed, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { passwordRuleLabel } from './passwordRules';

/**
 * The policy's rules as a live checklist under a new-password field: each turns green once the
 * password meets it. "Not a commonly used password" is checked by the API when the form is sent
 * (the list stays on the server), so it shows as open until then, or as broken after a refusal.
 */
export function PasswordChecklist({
  password,
  policy,
  username,
  refusedAsCommon = false,
}: {
  password: string;
  policy: PasswordPolicyRules;
  username?: string;
  refusedAsCommon?: boolean;
}) {
  const { t } = useTranslation();
  const checks = passwordRuleChecks(password, username ?? '', policy, refusedAsCommon ? () => true : undefined);
  return (
    <List spacing={2} size="sm" aria-label={t('password.checklist.title')} center>
      {checks.map(({ rule, met }) => {
        const state = password === '' && met !== false ? 'open' : met === null ? 'open' : met ? 'met' : 'broken';
        return (
          <List.Item
            key={rule}
            data-state={state}
            icon={
              <ThemeIcon size={16} radius="xl" variant="light" color={state === 'met' ? 'teal' : state === 'broken' ? 'red' : 'gray'}>
                {state === 'met' ? (
                  <IconCheck size={12} aria-hidden />
                ) : state === 'broken' ? (
                  <IconX size={12} aria-hidden />
                ) : (
                  <IconCircleDashed size={12} aria-hidden />
                )}
              </ThemeIcon>
            }
          >
            <Text size="sm" c={state === 'broken' ? 'red' : undefined}>
              {passwordRuleLabel(rule, t, policy)}
              <VisuallyHidden> {t(`password.checklist.state.${state}`)}</VisuallyHidden>
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
