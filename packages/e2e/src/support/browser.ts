import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where every main screen is saved; the README names this folder. */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../../test-artifacts/screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without the networking flags Chromium keeps calling home, which this closed network refuses.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const LAPTOP = { width: 1366, height: 800 };
export const PHONE = { width: 375, height: 740 };

export async function newContext(browser: Browser, viewport = LAPTOP): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/Berlin' });
}

/** Saves a full-page screenshot as `<suite>/<name>.png`. */
/** Waits for running transitions (a dialog fading in, say): half-faded text is neither a fair picture nor a fair contrast check. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.playState === 'running')
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

export async function screenshot(page: Page, suite: string, name: string): Promise<void> {
  await settled(page);
  const folder = path.join(SCREENSHOT_DIR, suite);
  fs.mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: true });
}

/** Serious and critical accessibility violations on the page (axe), as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await settled(page);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}
