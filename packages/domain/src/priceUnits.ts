/** The units a quote's price line is counted in: codes, translated where they are shown. */
export const PRICE_UNITS = ['WORDS', 'HOURS', 'PAGES', 'FLAT_FEE'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

// What people typed before units were codes, in the portals' five languages (lower case).
const SYNONYMS: Record<PriceUnit, string[]> = {
  WORDS: ['word', 'words', 'wort', 'wörter', 'woerter', 'mot', 'mots', 'palabra', 'palabras', 'słowo', 'słowa', 'słów', 'slowa'],
  HOURS: [
    'hour',
    'hours',
    'h',
    'hr',
    'hrs',
    'stunde',
    'stunden',
    'std',
    'heure',
    'heures',
    'hora',
    'horas',
    'godzina',
    'godziny',
    'godzin',
  ],
  PAGES: ['page', 'pages', 'seite', 'seiten', 'página', 'páginas', 'pagina', 'paginas', 'strona', 'strony', 'stron'],
  FLAT_FEE: ['flat fee', 'flat', 'flat rate', 'lump sum', 'fixed', 'pauschale', 'pauschal', 'forfait', 'tarifa plana', 'ryczałt'],
};

/** The unit a free-text unit meant ("Wörter" → WORDS), or null when it is none of them. */
export function priceUnitFromText(text: string): PriceUnit | null {
  const key = text.trim().toLowerCase();
  if ((PRICE_UNITS as readonly string[]).includes(key.toUpperCase().replace(' ', '_')))
    return key.toUpperCase().replace(' ', '_') as PriceUnit;
  return PRICE_UNITS.find((unit) => SYNONYMS[unit].includes(key)) ?? null;
}
