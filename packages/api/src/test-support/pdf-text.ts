import { execFile } from 'node:child_process';

// pdf-parse reads PDFs with pdfjs-dist, an ES module that jest's CommonJS sandbox cannot import
// (it needs --experimental-vm-modules); a plain Node process reads it as any caller would.
const READ_TEXT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
});`;

/** The text of a PDF and its number of pages, as a PDF reader extracts them. */
export function pdfText(pdf: Uint8Array): Promise<{ text: string; pages: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', READ_TEXT], { cwd: __dirname, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(new Error(`pdf-parse failed: ${error.message}`)) : resolve(JSON.parse(stdout) as { text: string; pages: number }),
    );
    child.stdin?.end(Buffer.from(pdf));
  });
}
