import { describe, expect, it } from 'vitest';
import { addCompileHints, EAGER_COMPILE_HINT, type BundleFiles } from './compile-hints.ts';

function bundle(): BundleFiles {
  return {
    'assets/content.js': {
      type: 'chunk',
      facadeModuleId: '/repo/src/content/index.ts',
      code: 'import"./shared.js";run();',
    },
    'assets/worker.js': { type: 'chunk', facadeModuleId: '/repo/src/background/index.ts', code: 'serve();' },
    'assets/shared.js': { type: 'chunk', facadeModuleId: null, code: 'export const x=1;' },
    'assets/style.css': { type: 'asset' },
  };
}

describe('addCompileHints', () => {
  it('puts the hint on the first line of the entry chunks named, and leaves the rest alone', () => {
    const files = bundle();
    addCompileHints(files, ['src/content/index.ts']);
    expect(files['assets/content.js']).toMatchObject({ code: `${EAGER_COMPILE_HINT}\nimport"./shared.js";run();` });
    expect(files['assets/worker.js']).toMatchObject({ code: 'serve();' });
    expect(files['assets/shared.js']).toMatchObject({ code: 'export const x=1;' });
  });

  it('matches Windows paths and adds the hint once', () => {
    const files = bundle();
    files['assets/content.js'] = { type: 'chunk', facadeModuleId: 'C:\\repo\\src\\content\\index.ts', code: 'run();' };
    addCompileHints(files, ['src/content/index.ts']);
    addCompileHints(files, ['src/content/index.ts']);
    expect(files['assets/content.js']).toMatchObject({ code: `${EAGER_COMPILE_HINT}\nrun();` });
  });
});
