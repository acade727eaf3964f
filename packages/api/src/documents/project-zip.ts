import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { FileRole, type StoredFile } from '../files/stored-file.entity';

/** One file as it goes into a zip: where it is on disk, its name inside the zip, its size and time. */
export interface ZipEntry {
  storedPath: string;
  name: string;
  sizeBytes: number;
  mtime: Date;
}

const FOLDER: Record<FileRole, string> = {
  [FileRole.SOURCE]: 'source',
  [FileRole.TARGET]: 'translation',
  [FileRole.REFERENCE]: 'reference',
};

// Formats that are already compressed gain nothing from deflate; storing them saves the CPU.
const COMPRESSED = /\.(zip|7z|gz|rar|docx|xlsx|pptx|odt|ods|odp|pdf|png|jpe?g|gif|webp|mp3|mp4|mov|avi|idml)$/i;

/**
 * The zip's entries for a project's files: in folders by role when several roles go in, names made
 * unique ("report (2).docx"), and files no longer on disk left out (checked before the first byte is sent).
 */
export async function projectZipEntries(filesDir: string, files: StoredFile[], byRole: boolean): Promise<ZipEntry[]> {
  const taken = new Set<string>();
  const entries: ZipEntry[] = [];
  for (const file of files) {
    const storedPath = path.join(filesDir, file.storageKey);
    const stat = await fs.promises.stat(storedPath).catch(() => null);
    if (!stat?.isFile()) continue;
    const folder = byRole ? `${FOLDER[file.role]}/` : '';
    const extension = path.extname(file.fileName);
    const stem = file.fileName.slice(0, file.fileName.length - extension.length);
    let name = `${folder}${file.fileName}`;
    for (let copy = 2; taken.has(name.toLowerCase()); copy += 1) name = `${folder}${stem} (${copy})${extension}`;
    taken.add(name.toLowerCase());
    entries.push({ storedPath, name, sizeBytes: stat.size, mtime: file.uploadedAt });
  }
  return entries;
}

/**
 * The zip as a stream: yazl reads each file only when the previous one is written and the reader has
 * taken the bytes, so memory stays at a few buffers whatever the project's size.
 */
export function writeProjectZip(entries: ZipEntry[]): Readable {
  const zip = new ZipFile();
  for (const entry of entries) {
    // Lazily: a file is opened only when its turn comes, so a project of 1,000 files holds one open at a time.
    zip.addReadStreamLazy(entry.name, { mtime: entry.mtime, size: entry.sizeBytes, compress: !COMPRESSED.test(entry.name) }, (done) =>
      done(null, fs.createReadStream(entry.storedPath)),
    );
  }
  zip.end();
  return zip.outputStream as Readable;
}
