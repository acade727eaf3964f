import { ActionIcon, Button, Group, NativeSelect, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import type { FormArrayElement, UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fromMinorUnits } from '../money';
import { PRICE_UNITS } from '@portico/domain';
import { serviceTypes } from '../services';
import { useWorkFormat } from '../useWorkFormat';
import { emptyPriceLine, lineAmount, totalAmount, type QuoteValues } from './quoteForm';

interface PriceLinesEditorProps<Values extends QuoteValues> {
  form: UseFormReturnType<Values>;
}

/**
 * The price lines of a quote: description, quantity, unit and unit price per line, each line's
 * amount and the total computed as they are typed (in cents, as the API computes them).
 */
export function PriceLinesEditor<Values extends QuoteValues>({ form }: PriceLinesEditorProps<Values>) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  const { lines, currency } = form.getValues();
  const money = (minor: number) => format.money({ amount: fromMinorUnits(minor), currency });
  const linesError = form.errors.lines;
  const titleId = useId();

  return (
    <Stack gap="xs">
      <Text fw={500} size="sm" id={titleId}>
        {t('quotes.lines.title')}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing={6} aria-labelledby={titleId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quotes.lines.description')}</Table.Th>
              <Table.Th w={110}>{t('quotes.lines.quantity')}</Table.Th>
              <Table.Th w={110}>{t('quotes.lines.unit')}</Table.Th>
              <Table.Th w={130}>{t('quotes.lines.unitPrice')}</Table.Th>
              <Table.Th w={130} style={{ textAlign: 'end' }}>
                {t('quotes.lines.amount')}
              </Table.Th>
              <Table.Th w={48}>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => {
              const amount = lineAmount(line);
              const number = index + 1;
              return (
                <Table.Tr key={line.key} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <Stack gap={4}>
                      <NativeSelect
                        aria-label={t('quotes.lines.serviceOf', { number })}
                        data={[
                          { value: '', label: t('quotes.lines.noService') },
                          ...serviceTypes.map((service) => ({ value: service, label: t(`work.services.${service}`) })),
                        ]}
                        {...form.getInputProps(`lines.${index}.service`)}
                      />
                      <TextInput
                        aria-label={t('quotes.lines.descriptionOf', { number })}
                        placeholder={t('quotes.lines.descriptionPlaceholder')}
                        {...form.getInputProps(`lines.${index}.description`)}
                      />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('quotes.lines.quantityOf', { number })}
                      inputMode="decimal"
                      autoComplete="off"
                      {...form.getInputProps(`lines.${index}.quantity`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={t('quotes.lines.unitOf', { number })}
                      data={[
                        { value: '', label: t('quotes.lines.chooseUnit'), disabled: true },
                        ...PRICE_UNITS.map((unit) => ({ value: unit, label: t(`quotes.units.${unit}`) })),
                      ]}
                      {...form.getInputProps(`lines.${index}.unit`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('quotes.lines.unitPriceOf', { number })}
                      inputMode="decimal"
                      autoComplete="off"
                      {...form.getInputProps(`lines.${index}.unitPrice`)}
                    />
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap', paddingTop: 14 }}>
                    {amount === null ? '—' : money(amount)}
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={4}
                      aria-label={t('quotes.lines.remove', { number })}
                      onClick={() => form.removeListItem('lines', index)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={4} style={{ textAlign: 'end' }}>
                {t('quotes.lines.total')}
              </Table.Th>
              <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap' }} fw={700} aria-live="polite">
                {money(totalAmount(lines))}
              </Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {linesError && (
        <Text size="sm" c="red" role="alert">
          {linesError}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          // Values extends QuoteValues, so its lines are price lines; TypeScript cannot follow that through the generic.
          onClick={() => form.insertListItem('lines', emptyPriceLine() as FormArrayElement<Values, 'lines'>)}
        >
          {t('quotes.lines.add')}
        </Button>
      </Group>
    </Stack>
  );
}
