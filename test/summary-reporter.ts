/** A vitest reporter that ends a run with one plain line: `tests: N passed, N failed, N skipped`. */
import type { Reporter, TestModule } from 'vitest/node';

/** Counts test results across modules. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    // Printed after vitest's own summary so that it is the run's closing line.
    process.on('exit', () => {
      console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    });
  }
}
