import { Fragment } from 'react';

/**
 * `text` with what the search matched marked: the start of each word that a term begins, as the
 * API's word search matches (terms split by `searchTerms` of @portico/domain).
 */
export function SearchHighlight({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  return (
    <>
      {parts.map((part, index) => {
        const lower = part.toLowerCase();
        const term = terms.filter((candidate) => lower.startsWith(candidate)).sort((a, b) => b.length - a.length)[0];
        if (!term) return <Fragment key={index}>{part}</Fragment>;
        return (
          <Fragment key={index}>
            <mark style={{ backgroundColor: 'var(--mantine-color-yellow-2)', color: 'inherit', padding: 0 }}>
              {part.slice(0, term.length)}
            </mark>
            {part.slice(term.length)}
          </Fragment>
        );
      })}
    </>
  );
}
