/** A piece of a letter's plain text: words, or a link. */
export interface TextPart {
  text: string;
  /** Set when the piece is a web address. */
  href?: string;
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
/** Punctuation that ends a sentence rather than the address ("… at https://x.example/portal/."). */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"]+$/;

/** Splits plain text into words and web addresses, so the addresses can be shown as links. */
export function splitTextLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: url, href: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
