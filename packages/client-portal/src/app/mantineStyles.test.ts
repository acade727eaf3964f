/// <reference types="node" />
import fs from 'node:fs';
import path from 'node:path';

const src = path.resolve(__dirname, '..');
// Mantine ships one stylesheet per component beside its code.
const stylesFolder = path.join(path.dirname(require.resolve('@mantine/core')), '..', 'styles');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('Mantine styles', () => {
  it('are imported for every Mantine component the portal renders', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(src)) {
      const source = fs.readFileSync(file, 'utf8');
      // @mantine/notifications draws each message with core's Notification.
      if (source.includes("from '@mantine/notifications'")) used.add('Notification');
      for (const match of source.matchAll(/import \{([^}]+)\} from '@mantine\/core'/g)) {
        for (const name of match[1].split(',').map((part) => part.trim().replace(/^type /, ''))) used.add(name);
      }
    }
    const imported = fs.readFileSync(path.join(src, 'app/mantineStyles.ts'), 'utf8');
    const missing = [...used].filter(
      (name) => fs.existsSync(path.join(stylesFolder, `${name}.css`)) && !imported.includes(`/${name}.css'`),
    );
    expect(missing).toEqual([]);
  });
});
