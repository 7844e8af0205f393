/** How Lodestone reads pages (split mentions, dynamic pages, shadow roots, frames), in Firefox ESR. */
import { describe } from 'vitest';
import { pageScenarios } from './page-scenarios.ts';
import { launchFirefox } from './support/firefox.ts';

describe('Firefox ESR', () => pageScenarios(() => launchFirefox()));
