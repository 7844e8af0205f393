import { describe, expect, it } from 'vitest';
import { describeTime } from './describe-time.ts';

const now = Date.parse('2026-11-23T12:00:00Z');

describe('describeTime', () => {
  it('says never, just now, minutes and hours either way', () => {
    expect(describeTime(null, now)).toBe('never');
    expect(describeTime('2026-11-23T11:59:40Z', now)).toBe('just now');
    expect(describeTime('2026-11-23T11:55:00Z', now)).toBe('5 min ago');
    expect(describeTime('2026-11-23T12:03:00Z', now)).toBe('in 3 min');
    expect(describeTime('2026-11-23T09:00:00Z', now)).toBe('3 h ago');
  });
});
