import { Button, Center } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How many records a list asks for at a time. */
export const PAGE_SIZE = 50;

interface LoadMoreProps {
  /** How many records the list holds now. */
  loaded: number;
  /** Asks for the next page; resolves with how many records it brought. */
  onLoadMore: () => Promise<number>;
}

/** "Show more" below a list whose last page was full: there may be more records. */
export function LoadMore({ loaded, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const [exhausted, setExhausted] = useState(false);
  if (exhausted || loaded === 0 || loaded % PAGE_SIZE !== 0) return null;
  return (
    <Center>
      <Button
        variant="default"
        loading={loading}
        onClick={() => {
          setLoading(true);
          onLoadMore()
            .then((count) => setExhausted(count < PAGE_SIZE))
            .catch(() => undefined)
            .finally(() => setLoading(false));
        }}
      >
        {t('list.showMore')}
      </Button>
    </Center>
  );
}
