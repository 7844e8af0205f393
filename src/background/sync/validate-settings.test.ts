import { describe, expect, it } from 'vitest';
import { validateSyncSettings } from './validate-settings.ts';

describe('sync settings', () => {
  it('accepts https feeds and http feeds on loopback', () => {
    expect(validateSyncSettings({ feedUrl: ' https://feed.example.org/manifest.json ', intervalMinutes: 360 })).toEqual(
      {
        feedUrl: 'https://feed.example.org/manifest.json',
        intervalMinutes: 360,
      },
    );
    expect(validateSyncSettings({ feedUrl: 'http://127.0.0.1:8787/manifest.json', intervalMinutes: 15 }).feedUrl).toBe(
      'http://127.0.0.1:8787/manifest.json',
    );
  });

  it('refuses plain http elsewhere, bad URLs and out-of-range intervals with readable errors', () => {
    expect(() => validateSyncSettings({ feedUrl: 'http://feed.example.org/m.json', intervalMinutes: 360 })).toThrow(
      /https/,
    );
    expect(() => validateSyncSettings({ feedUrl: 'not a url', intervalMinutes: 360 })).toThrow(/not a valid URL/);
    expect(() => validateSyncSettings({ feedUrl: 'https://x.org/', intervalMinutes: 5 })).toThrow(/interval/);
    expect(() => validateSyncSettings(null)).toThrow(/missing/);
  });
});
