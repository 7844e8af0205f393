import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from './local-day.ts';

const zone = process.env['TZ'];

describe('localDay', () => {
  afterEach(() => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });

  it("gives the reader's day, not the day in UTC", () => {
    const noonUtc = new Date('2025-06-10T12:00:00Z');
    process.env['TZ'] = 'Pacific/Kiritimati'; // UTC+14
    expect(localDay(noonUtc)).toBe('2025-06-11');
    process.env['TZ'] = 'Pacific/Pago_Pago'; // UTC−11
    expect(localDay(noonUtc)).toBe('2025-06-10');
    expect(localDay(new Date('2025-06-10T10:00:00Z'))).toBe('2025-06-09');
  });

  it('pads months and days', () => {
    process.env['TZ'] = 'UTC';
    expect(localDay(new Date('2026-01-05T00:00:00Z'))).toBe('2026-01-05');
  });
});
