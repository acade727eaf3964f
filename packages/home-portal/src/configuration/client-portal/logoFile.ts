import type { TFunction } from 'i18next';

/** Image types the Client Portal shows as its logo. */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;

/** The largest logo file accepted (the API takes data: URLs of about this size). */
export const LOGO_MAX_BYTES = 150 * 1024;

/** Why a chosen file cannot be the logo, or null. */
export function logoFileProblem(file: Pick<File, 'type' | 'size'>, t: TFunction): string | null {
  if (!LOGO_TYPES.some((type) => type === file.type)) return t('portalSettings.logoWrongType');
  if (file.size > LOGO_MAX_BYTES)
    return t('portalSettings.logoTooLarge', { size: Math.ceil(file.size / 1024), max: LOGO_MAX_BYTES / 1024 });
  if (file.size === 0) return t('portalSettings.logoEmpty');
  return null;
}

/** The file as a `data:` URL, the form the API stores an uploaded logo in. */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('The file could not be read.')));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
