import { createTheme, Modal, type MantineThemeOverride } from '@mantine/core';
import type { TFunction } from 'i18next';

/** The Home Portal's theme; translated defaults (such as the dialogs' close button label) come from `t`. */
export function createAppTheme(t: TFunction): MantineThemeOverride {
  return createTheme({
    primaryColor: 'indigo',
    defaultRadius: 'md',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } }),
    },
  });
}
