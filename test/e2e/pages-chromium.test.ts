/** How Lodestone reads pages (split mentions, dynamic pages, shadow roots, frames), in Debian's Chromium. */
import { describe } from 'vitest';
import { pageScenarios } from './page-scenarios.ts';
import { launchChromium } from './support/chromium.ts';

describe('Chromium', () => pageScenarios(() => launchChromium()));
