import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { SessionContext } from '../session/sessionContext';
import { i18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { useClientFormatter } from './useClientFormatter';

async function fileSizes(language: Language, sizes: number[]): Promise<string[]> {
  await i18n.changeLanguage(language);
  // Signed out: the page's language and its conventions.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SessionContext.Provider value={{ viewer: null, endedSession: null }}>{children}</SessionContext.Provider>
  );
  const { result } = renderHook(() => useClientFormatter(), { wrapper });
  return sizes.map((bytes) => result.current.fileSize(bytes).replace(/\s/g, ' '));
}

describe('file sizes below a kilobyte', () => {
  afterAll(() => i18n.changeLanguage('EN'));

  it('take the plural forms of each of the five languages', async () => {
    expect(await fileSizes('EN', [1, 61, 1023, 250_000])).toEqual(['1 byte', '61 bytes', '1,023 bytes', '244 kB']);
    expect(await fileSizes('DE', [1, 61])).toEqual(['1 Byte', '61 Byte']);
    expect(await fileSizes('FR', [1, 61])).toEqual(['1 octet', '61 octets']);
    expect(await fileSizes('ES', [1, 61])).toEqual(['1 byte', '61 bytes']);
    expect(await fileSizes('PL', [1, 3, 5, 22, 61])).toEqual(['1 bajt', '3 bajty', '5 bajtów', '22 bajty', '61 bajtów']);
  });
});
