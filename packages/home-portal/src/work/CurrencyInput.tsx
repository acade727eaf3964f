import { Autocomplete } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestedCurrencies } from './money';

/** Takes what `form.getInputProps('currency')` gives. */
interface CurrencyInputProps {
  value?: string;
  onChange?: (code: string) => void;
  onFocus?: () => void;
  onBlur?: () => void;
  error?: ReactNode;
  readOnly?: boolean;
}

/** An ISO 4217 code: common ones offered, any other typed; always upper case, as the API wants it. */
export function CurrencyInput({ value, onChange, onFocus, onBlur, error, readOnly = false }: CurrencyInputProps) {
  const { t } = useTranslation();
  return (
    <Autocomplete
      label={t('work.fields.currency')}
      description={t('work.form.currencyHint')}
      data={[...suggestedCurrencies]}
      value={value ?? ''}
      onChange={(typed) => onChange?.(typed.toUpperCase())}
      onFocus={onFocus}
      onBlur={onBlur}
      error={error}
      maxLength={3}
      autoComplete="off"
      spellCheck={false}
      withAsterisk={!readOnly}
      readOnly={readOnly}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
