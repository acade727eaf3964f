import { priceUnitFromText } from '@portico/domain';
import { ServiceType } from '../work/work-types';
import { PriceUnit, type StoredPriceLine } from './quote.entity';

/** A price line as stored before units and services were codes. */
interface TextPriceLine {
  description: string;
  quantity: number;
  unit: string;
  unitPriceMinor: number;
  service?: ServiceType | null;
}

// The services' English names, as staff typed them at the start of a line ("Translation EN→DE").
const SERVICE_NAMES: Array<[string, ServiceType]> = [
  ['machine translation post-editing', ServiceType.MACHINE_TRANSLATION_POST_EDITING],
  ['post-editing', ServiceType.MACHINE_TRANSLATION_POST_EDITING],
  ['translation', ServiceType.TRANSLATION],
  ['proofreading', ServiceType.PROOFREADING],
  ['localization', ServiceType.LOCALIZATION],
  ['transcreation', ServiceType.TRANSCREATION],
  ['dtp', ServiceType.DTP],
  ['subtitling', ServiceType.SUBTITLING],
  ['interpreting', ServiceType.INTERPRETING],
];

/**
 * The coded form of a line typed as text: its unit as a code (a unit that is none of the four
 * becomes a flat fee, its words kept in the description, so no amount changes), and a leading
 * service name as the line's service.
 */
export function codedPriceLine(line: TextPriceLine): StoredPriceLine {
  if ((Object.values(PriceUnit) as string[]).includes(line.unit)) return { ...line, unit: line.unit as PriceUnit };
  const unit = priceUnitFromText(line.unit);
  let description = line.description.trim();
  let service = line.service ?? null;
  const lower = description.toLowerCase();
  const named = service ? undefined : SERVICE_NAMES.find(([name]) => lower === name || lower.startsWith(`${name} `));
  if (named) {
    service = named[1];
    description = description.slice(named[0].length).trim();
  }
  if (!unit) description = [description, `(${line.unit.trim()})`].filter(Boolean).join(' ');
  return {
    description,
    service,
    quantity: line.quantity,
    unit: unit ? (unit as PriceUnit) : PriceUnit.FLAT_FEE,
    unitPriceMinor: line.unitPriceMinor,
  };
}
