/** Lodestone end to end in Firefox ESR (puppeteer-core over WebDriver BiDi, `browser.installExtension`). */
import { describe } from 'vitest';
import { foundationScenarios } from './scenarios.ts';
import { launchFirefox } from './support/firefox.ts';

describe('Firefox ESR', () => foundationScenarios(() => launchFirefox()));
