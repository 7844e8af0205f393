/**
 * A build plugin that asks V8 to compile a chunk's functions up front. V8 compiles a function the
 * first time it runs; in the content script the first change a page makes runs code the first pass
 * never ran (the mutation watcher's batch, the sweep, the rescan), and compiling it then doubled
 * that change's cost. With the magic comment at the top of the file, V8 compiles every function
 * with the script and keeps them in the code cache, so later pages load them compiled. Other
 * engines read it as a comment.
 */
import type { Plugin } from 'vite';

/** V8's explicit compile hint for a whole file; it must come first. */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** What the hint needs of a bundle's files: each chunk's entry module and code. */
export type BundleFiles = Record<
  string,
  { type: 'asset' } | { type: 'chunk'; facadeModuleId: string | null; code: string }
>;

/** Puts the hint first in the chunks whose entry module's path ends with one of `entries`. */
export function addCompileHints(bundle: BundleFiles, entries: readonly string[]): void {
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk') continue;
    const entry = output.facadeModuleId?.replaceAll('\\', '/');
    if (!entry || !entries.some((suffix) => entry.endsWith(suffix))) continue;
    if (!output.code.startsWith(EAGER_COMPILE_HINT)) output.code = `${EAGER_COMPILE_HINT}\n${output.code}`;
  }
}

/** The plugin: the hint is added once the chunks are final (minifying would strip it as a comment). */
export function eagerCompile(entries: readonly string[]): Plugin {
  return {
    name: 'lodestone:eager-compile',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        addCompileHints(bundle, entries);
      },
    },
  };
}
