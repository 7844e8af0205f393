/**
 * The least any content script pays to read a page's text node by node: visiting every node
 * (`firstChild`, `nextSibling`) and reading each text node's text, and nothing else. It is timed in
 * a fresh isolated world, where content scripts run and where every node touched needs a wrapper
 * of that world. Not a target: a floor that shows how much of the extension's time on a page is the
 * walk itself, and what a comparison against mark.js can ask of it.
 */
import type { CDPSession } from 'playwright-core';
import { median } from './bench-tools.ts';

/** The floor on one page. */
export interface WalkFloor {
  /** Nodes under `body`, text nodes included. */
  nodes: number;
  /** Median over fresh isolated worlds, ms. */
  ms: number;
}

/** Walks under `body` as the content script does, keeping nothing; returns [nodes, ms, characters read] (the count keeps the reads from being dead code). */
const WALK = `(() => {
  const started = performance.now();
  const open = [];
  let nodes = 0;
  let chars = 0;
  let node = document.body.firstChild;
  for (;;) {
    if (!node) {
      const parent = open.pop();
      if (!parent) break;
      node = parent.nextSibling;
      continue;
    }
    nodes++;
    if (node.nodeType === 3) chars += node.data.length;
    const first = node.firstChild;
    if (first) {
      open.push(node);
      node = first;
    } else node = node.nextSibling;
  }
  return [nodes, performance.now() - started, chars];
})()`;

/** Times the walk in `runs` fresh isolated worlds of the page's main frame (each world makes its own wrappers). */
export async function measureWalkFloor(cdp: CDPSession, runs = 3): Promise<WalkFloor> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const times: number[] = [];
  let nodes = 0;
  for (let run = 0; run < runs; run++) {
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: `walk-floor-${String(run)}`,
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: WALK,
      contextId: executionContextId,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`the walk failed: ${exceptionDetails.text}`);
    const [count, ms] = result.value as [number, number];
    nodes = count;
    times.push(ms);
  }
  return { nodes, ms: median(times) };
}
