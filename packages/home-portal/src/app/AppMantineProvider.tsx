import { MantineProvider } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { accessibleCssVariables, createAppTheme } from './theme';

interface AppMantineProviderProps {
  children: ReactNode;
  /** `test` turns off transitions and portals' delays for component tests. */
  env?: 'default' | 'test';
}

/** Mantine with the app's theme, inside the i18n provider so the theme's labels are translated. */
export function AppMantineProvider({ children, env = 'default' }: AppMantineProviderProps) {
  const { t } = useTranslation();
  const theme = useMemo(() => createAppTheme(t), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={accessibleCssVariables} defaultColorScheme="auto" env={env}>
      {children}
    </MantineProvider>
  );
}
