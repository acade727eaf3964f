import { List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { passwordRuleChecks, type PasswordPolicyRules } from '@portico/domain';
import { IconCheck, IconCircleDashed, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { passwordRuleLabel } from './passwordPolicyRules';

/**
 * The Home Portal policy's rules as a live checklist under a new-password field. "Not a commonly
 * used password" is checked by the API (the list stays on the server), so it stays open until then.
 */
export function PasswordChecklist({ password, policy, username }: { password: string; policy: PasswordPolicyRules; username: string }) {
  const { t } = useTranslation();
  return (
    <List spacing={2} size="sm" aria-label={t('passwordRules.checklist.title')} center>
      {passwordRuleChecks(password, username, policy).map(({ rule, met }) => {
        const state = met === null || (password === '' && met) ? 'open' : met ? 'met' : 'broken';
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
              <VisuallyHidden> {t(`passwordRules.checklist.state.${state}`)}</VisuallyHidden>
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
