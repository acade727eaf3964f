import type { PortalLanguageCode } from '@portico/domain';
import type { PriceUnit } from '../quotes/quote.entity';
import { ServiceType } from '../work/work-types';

/** The words of a quote document in one language. */
export interface QuoteDocumentTexts {
  title: string;
  preparedFor: string;
  number: string;
  sent: string;
  validUntil: string;
  proposedDeadline: string;
  services: string;
  languages: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  amount: string;
  total: string;
  validity: (date: string) => string;
  page: (page: number, pages: number) => string;
  services_: Record<ServiceType, string>;
  /** The price line units, by code. */
  units: Record<PriceUnit, string>;
}

/** What the API writes into documents, per portal language (the portals translate their screens themselves). */
export const QUOTE_DOCUMENT_TEXTS: Record<PortalLanguageCode, QuoteDocumentTexts> = {
  EN: {
    title: 'Quote',
    preparedFor: 'Prepared for',
    number: 'Number',
    sent: 'Sent',
    validUntil: 'Valid until',
    proposedDeadline: 'Proposed deadline',
    services: 'Services',
    languages: 'Languages',
    description: 'Description',
    quantity: 'Quantity',
    unit: 'Unit',
    unitPrice: 'Unit price',
    amount: 'Amount',
    total: 'Total',
    validity: (date) => `This quote is valid until ${date}. Accept it in the Client Portal to start the project.`,
    page: (page, pages) => `Page ${page} of ${pages}`,
    services_: {
      TRANSLATION: 'Translation',
      PROOFREADING: 'Proofreading',
      MACHINE_TRANSLATION_POST_EDITING: 'Machine translation post-editing',
      LOCALIZATION: 'Localization',
      TRANSCREATION: 'Transcreation',
      DTP: 'Desktop publishing (DTP)',
      SUBTITLING: 'Subtitling',
      INTERPRETING: 'Interpreting',
    },
    units: { WORDS: 'words', HOURS: 'hours', PAGES: 'pages', FLAT_FEE: 'flat fee' },
  },
  DE: {
    title: 'Angebot',
    preparedFor: 'Erstellt für',
    number: 'Nummer',
    sent: 'Gesendet',
    validUntil: 'Gültig bis',
    proposedDeadline: 'Vorgeschlagener Termin',
    services: 'Leistungen',
    languages: 'Sprachen',
    description: 'Beschreibung',
    quantity: 'Menge',
    unit: 'Einheit',
    unitPrice: 'Einzelpreis',
    amount: 'Betrag',
    total: 'Gesamt',
    validity: (date) => `Dieses Angebot ist gültig bis ${date}. Nehmen Sie es im Kundenportal an, um das Projekt zu starten.`,
    page: (page, pages) => `Seite ${page} von ${pages}`,
    services_: {
      TRANSLATION: 'Übersetzung',
      PROOFREADING: 'Korrektorat',
      MACHINE_TRANSLATION_POST_EDITING: 'Post-Editing maschineller Übersetzung',
      LOCALIZATION: 'Lokalisierung',
      TRANSCREATION: 'Transkreation',
      DTP: 'Desktop-Publishing (DTP)',
      SUBTITLING: 'Untertitelung',
      INTERPRETING: 'Dolmetschen',
    },
    units: { WORDS: 'Wörter', HOURS: 'Stunden', PAGES: 'Seiten', FLAT_FEE: 'Pauschale' },
  },
  FR: {
    title: 'Devis',
    preparedFor: 'Établi pour',
    number: 'Numéro',
    sent: 'Envoyé le',
    validUntil: 'Valable jusqu’au',
    proposedDeadline: 'Échéance proposée',
    services: 'Prestations',
    languages: 'Langues',
    description: 'Description',
    quantity: 'Quantité',
    unit: 'Unité',
    unitPrice: 'Prix unitaire',
    amount: 'Montant',
    total: 'Total',
    validity: (date) => `Ce devis est valable jusqu’au ${date}. Acceptez-le dans le portail client pour lancer le projet.`,
    page: (page, pages) => `Page ${page} sur ${pages}`,
    services_: {
      TRANSLATION: 'Traduction',
      PROOFREADING: 'Relecture',
      MACHINE_TRANSLATION_POST_EDITING: 'Post-édition de traduction automatique',
      LOCALIZATION: 'Localisation',
      TRANSCREATION: 'Transcréation',
      DTP: 'PAO (mise en page)',
      SUBTITLING: 'Sous-titrage',
      INTERPRETING: 'Interprétation',
    },
    units: { WORDS: 'mots', HOURS: 'heures', PAGES: 'pages', FLAT_FEE: 'forfait' },
  },
  ES: {
    title: 'Presupuesto',
    preparedFor: 'Preparado para',
    number: 'Número',
    sent: 'Enviado',
    validUntil: 'Válido hasta',
    proposedDeadline: 'Plazo propuesto',
    services: 'Servicios',
    languages: 'Idiomas',
    description: 'Descripción',
    quantity: 'Cantidad',
    unit: 'Unidad',
    unitPrice: 'Precio unitario',
    amount: 'Importe',
    total: 'Total',
    validity: (date) => `Este presupuesto es válido hasta el ${date}. Acéptelo en el portal de clientes para iniciar el proyecto.`,
    page: (page, pages) => `Página ${page} de ${pages}`,
    services_: {
      TRANSLATION: 'Traducción',
      PROOFREADING: 'Revisión',
      MACHINE_TRANSLATION_POST_EDITING: 'Posedición de traducción automática',
      LOCALIZATION: 'Localización',
      TRANSCREATION: 'Transcreación',
      DTP: 'Maquetación (DTP)',
      SUBTITLING: 'Subtitulación',
      INTERPRETING: 'Interpretación',
    },
    units: { WORDS: 'palabras', HOURS: 'horas', PAGES: 'páginas', FLAT_FEE: 'tarifa plana' },
  },
  PL: {
    title: 'Oferta',
    preparedFor: 'Przygotowana dla',
    number: 'Numer',
    sent: 'Wysłana',
    validUntil: 'Ważna do',
    proposedDeadline: 'Proponowany termin',
    services: 'Usługi',
    languages: 'Języki',
    description: 'Opis',
    quantity: 'Ilość',
    unit: 'Jednostka',
    unitPrice: 'Cena jednostkowa',
    amount: 'Kwota',
    total: 'Razem',
    validity: (date) => `Oferta jest ważna do ${date}. Zaakceptuj ją w portalu klienta, aby rozpocząć projekt.`,
    page: (page, pages) => `Strona ${page} z ${pages}`,
    services_: {
      TRANSLATION: 'Tłumaczenie',
      PROOFREADING: 'Korekta',
      MACHINE_TRANSLATION_POST_EDITING: 'Postedycja tłumaczenia maszynowego',
      LOCALIZATION: 'Lokalizacja',
      TRANSCREATION: 'Transkreacja',
      DTP: 'Skład (DTP)',
      SUBTITLING: 'Napisy',
      INTERPRETING: 'Tłumaczenie ustne',
    },
    units: { WORDS: 'słowa', HOURS: 'godziny', PAGES: 'strony', FLAT_FEE: 'ryczałt' },
  },
};
