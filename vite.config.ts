/**
 * Builds Lodestone for one browser per run: `vite build --mode chrome` → dist/chrome (MV3 service worker),
 * `vite build --mode firefox` → dist/firefox (MV3 background scripts, gecko id).
 */
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { buildDefines } from './scripts/build-env.ts';
import { eagerCompile } from './scripts/compile-hints.ts';

/** The manifest for one browser: Firefox takes background scripts and its own id and minimum version. */
function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  if (browser === 'chrome') return baseManifest;
  const { background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: { gecko: { id: 'lodestone@lodestone.example', strict_min_version: '140.0' } },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [crx({ manifest: manifestFor(browser), browser }), eagerCompile(['src/content/index.ts'])],
    define: buildDefines(process.env),
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Preloading a lazy chunk adds <link> elements to the document: never in a page we annotate.
      modulePreload: { polyfill: false, resolveDependencies: () => [] },
    },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  };
});
