/** Lodestone end to end in Debian's Chromium (Playwright, `--load-extension`). */
import { describe } from 'vitest';
import { foundationScenarios } from './scenarios.ts';
import { launchChromium } from './support/chromium.ts';

describe('Chromium', () => foundationScenarios(() => launchChromium()));
