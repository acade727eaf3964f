/** Runs `test` with the window answering media queries as a phone does (every `max-width` query matches). */
export async function atPhoneWidth(test: () => Promise<void>): Promise<void> {
  const matchMedia = window.matchMedia;
  window.matchMedia = (query: string) => ({ ...matchMedia(query), matches: query.includes('max-width') });
  try {
    await test();
  } finally {
    window.matchMedia = matchMedia;
  }
}
