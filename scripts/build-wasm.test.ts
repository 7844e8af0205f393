import { describe, expect, it } from 'vitest';
import { SCAN_CORE_WASM } from '../src/shared/matcher/scan-core-wasm.ts';
import { compileScanCore } from './build-wasm.ts';

describe('the generated scan core', () => {
  it('is what its source compiles to now (run `npm run wasm:build` after changing it)', async () => {
    const binary = await compileScanCore();
    expect(Buffer.from(binary).toString('base64')).toBe(SCAN_CORE_WASM);
  }, 60_000);
});
