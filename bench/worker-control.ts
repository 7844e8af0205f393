/**
 * Drives the extension's background worker from a benchmark: waits for its dataset install to end
 * and stops it, as Chromium does to an idle extension worker after about 30 seconds.
 */
import type { TracedChromium } from '../test/e2e/support/traced-chromium.ts';

/** Resolves once the background answers with its installed dataset's info (its install is done). */
export async function waitForDataset(browser: TracedChromium): Promise<{ version: number; entityCount: number }> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.extensionOrigin ?? ''}src/popup/index.html`);
  const info = await page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome;
    return api.runtime.sendMessage({ lodestone: 1, method: 'getDatasetInfo', params: {} });
  });
  await page.close();
  const answer = info as { ok: boolean; value: { version: number; entityCount: number } };
  if (!answer.ok) throw new Error('the background did not answer getDatasetInfo');
  return answer.value;
}

/** Stops the extension's service worker (a CDP `Target.closeTarget`) and waits until it is gone. */
export async function stopWorker(browser: TracedChromium): Promise<void> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const isOurs = (t: { type: string; url: string }): boolean =>
    t.type === 'service_worker' && t.url.startsWith(browser.extensionOrigin ?? '-');
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const target of targetInfos.filter(isOurs)) await cdp.send('Target.closeTarget', { targetId: target.targetId });
  for (let i = 0; i < 100; i++) {
    const { targetInfos: now } = await cdp.send('Target.getTargets');
    if (!now.some(isOurs)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await page.close();
}
