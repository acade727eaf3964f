import fs from 'node:fs';
import path from 'node:path';

const src = path.resolve(__dirname, '..');
// Read from disk: i18next merges the other screens' texts into the imported first ones.
const readTexts = (file: string) => JSON.parse(fs.readFileSync(path.join(__dirname, 'locales', 'en', file), 'utf8')) as object;
const firstScreens = readTexts('firstScreens.json');
const otherScreens = readTexts('otherScreens.json');

/** The modules of the first screens (pages.ts marks them `firstScreen`) and the app around them; the account menu fetches the other screens' texts itself. */
const firstScreenEntries = [
  'first-visit/FirstVisitSignIn.tsx',
  'app/fullApp.tsx',
  'app/AppLayout.tsx',
  'auth/SignInPage.tsx',
  'clients/ClientsPage.tsx',
];

function resolveImport(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile() && /\.tsx?$/.test(candidate),
  );
}

/** Every module the entries import statically (a dynamic `import()` is another chunk, with its own texts). */
function staticModuleGraph(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const pending = entries.map((entry) => path.join(src, entry));
  for (let file = pending.pop(); file; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)) {
      const imported = resolveImport(file, specifier);
      if (imported) pending.push(imported);
    }
  }
  return seen;
}

describe('the English texts', () => {
  it('hold each section in one of the two files only', () => {
    const inBoth = Object.keys(firstScreens).filter((section) => section in otherScreens);
    expect(inBoth).toEqual([]);
  });

  it("bundle every section the first screens' modules name with the app", () => {
    const sections = new Set([...Object.keys(firstScreens), ...Object.keys(otherScreens)]);
    const missing = new Map<string, string>();
    for (const file of staticModuleGraph(firstScreenEntries)) {
      // Any quoted text starting with a section's name and a dot: `t('clients.title')`, `label: 'nav.clients'`, `t(\`clients.status.${s}\`)`.
      const code = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
      for (const [, section] of code.matchAll(/['"`]([a-zA-Z]\w*)\./g)) {
        if (sections.has(section) && !(section in firstScreens)) missing.set(section, path.relative(src, file));
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });
});
