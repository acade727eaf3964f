import path from 'node:path';
import PDFDocument from 'pdfkit';
import { createClientFormatter, type ClientFormatter, type PortalLanguageCode } from '@portico/domain';
import type { Client } from '../clients/client.entity';
import type { ClientPortalSettings } from '../client-portal-settings/client-portal-settings.entity';
import type { Quote } from '../quotes/quote.entity';
import { QUOTE_DOCUMENT_TEXTS, type QuoteDocumentTexts } from './document-texts';

// A font with every letter of the portal languages (ą, ł, ß, é, ñ …); PDF's built-in Helvetica has no Polish letters.
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

const MARGIN = 50;
const PAGE_WIDTH = 595.28; // A4
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

/** A logo PDF can embed: a data: URL of a PNG or JPEG (an SVG or a remote address is left out). */
function embeddableLogo(logoUrl: string | null): Buffer | null {
  const match = /^data:image\/(png|jpeg|jpg);base64,([A-Za-z0-9+/=\s]+)$/.exec(logoUrl ?? '');
  return match?.[2] ? Buffer.from(match[2], 'base64') : null;
}

function languageName(formatter: ClientFormatter, code: string): string {
  try {
    return new Intl.DisplayNames([formatter.locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface QuoteDocumentFacts {
  quote: Quote;
  client: Client;
  settings: ClientPortalSettings;
  /** The language of the document: the client's Preferred Language unless the portal asked for its page's. */
  language: PortalLanguageCode;
}

/**
 * Writes a quote as an A4 PDF into `out` (the HTTP response): the agency's name, colour and logo, the
 * client, the quote's dates, services and languages in the client's language and formats, the price
 * lines with their total, and until when it can be accepted. The document streams out page by page.
 */
export function writeQuotePdf(facts: QuoteDocumentFacts, out: NodeJS.WritableStream): void {
  const { quote, client, settings, language } = facts;
  const texts: QuoteDocumentTexts = QUOTE_DOCUMENT_TEXTS[language];
  const formatter = createClientFormatter(client.formatPreferences, language);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: formatter.locale,
    info: { Title: `${texts.title} ${quote.number} · ${quote.name}`, Author: settings.portalName, Subject: quote.name },
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  doc.pipe(out);

  const color = /^#[0-9a-f]{6}$/i.test(settings.primaryColor) ? settings.primaryColor : '#1c7ed6';
  doc.rect(0, 0, PAGE_WIDTH, 8).fill(color);

  // Branding: logo and the agency's portal name.
  let top = MARGIN;
  const logo = embeddableLogo(settings.logoUrl);
  if (logo) {
    try {
      doc.image(logo, MARGIN, top, { fit: [120, 48] });
      top += 56;
    } catch {
      // An image pdfkit cannot read is left out rather than failing the whole document.
    }
  }
  doc.fillColor('#222222').font('bold').fontSize(16).text(settings.portalName, MARGIN, top, { width: CONTENT_WIDTH });
  doc.moveDown(1.2);

  doc.font('bold').fontSize(22).fillColor(color).text(`${texts.title} ${quote.number}`);
  doc.font('regular').fontSize(13).fillColor('#222222').text(quote.name);
  doc.moveDown(0.8);
  doc.font('regular').fontSize(10).fillColor('#555555').text(texts.preparedFor);
  doc.font('bold').fontSize(11).fillColor('#222222').text(client.name);
  doc.moveDown(0.8);

  const details: Array<[string, string]> = [
    [texts.number, quote.number],
    [texts.sent, formatter.date(quote.createdAt)],
    [texts.validUntil, formatter.date(quote.validUntil)],
    [texts.proposedDeadline, formatter.dateTime(quote.proposedDeadline)],
    [texts.services, quote.services.map((service) => texts.services_[service] ?? service).join(', ')],
    [
      texts.languages,
      `${languageName(formatter, quote.sourceLanguage)} → ${quote.targetLanguages.map((code) => languageName(formatter, code)).join(', ')}`,
    ],
  ];
  for (const [label, value] of details) {
    const y = doc.y;
    doc.font('regular').fontSize(10).fillColor('#555555').text(label, MARGIN, y, { width: 130 });
    doc
      .font('regular')
      .fontSize(10)
      .fillColor('#222222')
      .text(value, MARGIN + 140, y, { width: CONTENT_WIDTH - 140 });
    doc.moveDown(0.3);
  }
  doc.moveDown(1);

  // Price lines.
  const columns = [
    { label: texts.description, width: 185, align: 'left' as const },
    { label: texts.quantity, width: 70, align: 'right' as const },
    { label: texts.unit, width: 70, align: 'left' as const },
    { label: texts.unitPrice, width: 85, align: 'right' as const },
    { label: texts.amount, width: CONTENT_WIDTH - 410, align: 'right' as const },
  ];
  const row = (cells: string[], font: 'regular' | 'bold') => {
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    let bottom = y;
    cells.forEach((cell, index) => {
      const column = columns[index]!;
      doc
        .font(font)
        .fontSize(10)
        .fillColor('#222222')
        .text(cell, x + 4, y, { width: column.width - 8, align: column.align });
      bottom = Math.max(bottom, doc.y);
      x += column.width;
    });
    doc.y = bottom + 4;
    doc.x = MARGIN;
    doc
      .moveTo(MARGIN, doc.y - 2)
      .lineTo(MARGIN + CONTENT_WIDTH, doc.y - 2)
      .lineWidth(0.5)
      .strokeColor('#cccccc')
      .stroke();
  };
  row(
    columns.map((column) => column.label),
    'bold',
  );
  for (const line of quote.lines) {
    row(
      [
        [line.service ? texts.services_[line.service] : '', line.description].filter(Boolean).join(' · '),
        formatter.number(line.quantity),
        texts.units[line.unit],
        formatter.money(line.unitPrice),
        formatter.money(line.amount),
      ],
      'regular',
    );
  }
  doc.moveDown(0.4);
  doc
    .font('bold')
    .fontSize(12)
    .fillColor('#222222')
    .text(`${texts.total}: ${formatter.money(quote.total)}`, MARGIN, doc.y, { width: CONTENT_WIDTH, align: 'right' });
  doc.moveDown(1.5);
  doc
    .font('regular')
    .fontSize(10)
    .fillColor('#222222')
    .text(texts.validity(formatter.date(quote.validUntil)), MARGIN, doc.y, { width: CONTENT_WIDTH });

  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    // The footer sits in the bottom margin; without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#777777')
      .text(`${settings.portalName} · ${quote.number} · ${texts.page(index + 1, range.count)}`, MARGIN, doc.page.height - MARGIN + 10, {
        width: CONTENT_WIDTH,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.end();
}
