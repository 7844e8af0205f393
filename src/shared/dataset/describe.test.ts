import { describe, expect, it } from 'vitest';
import { commerce, lutnick, measureWith, personWith } from '../../../test/fakes/entities.ts';
import { changesBetween, formatDate, roleLine, rolesAsOf } from './describe.ts';
import type { StatusStep } from './schema.ts';

/** A measure in force from 23 May 2025 and lifted on 2 July 2025. */
const halt = measureWith([
  { date: '2025-07-02', status: 'lifted', sources: ['s'] },
  { date: '2025-05-23', status: 'in-force', sources: ['s'] },
]);

describe('formatDate', () => {
  it('writes days and months as a reader does, and leaves years and anything else as they are', () => {
    expect(formatDate('2025-06-10')).toBe('Jun 10, 2025');
    expect(formatDate('2025-06')).toBe('Jun 2025');
    expect(formatDate('2025')).toBe('2025');
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('roleLine', () => {
  it('names the position held on the day, a former one after it, and a coming one before it', () => {
    expect(roleLine(lutnick, '2025-06-10')).toBe('Secretary of Commerce');
    const left = personWith([{ title: 'Secretary of Commerce', from: '2025-02-21', to: '2025-12', sources: ['s'] }]);
    expect(roleLine(left, '2026-01-05')).toBe('Former Secretary of Commerce');
    expect(roleLine(lutnick, '2024-11-05')).toBe('Not yet Secretary of Commerce (from Feb 21, 2025)');
  });

  it("gives a measure's latest status on the day", () => {
    expect(roleLine(halt, '2025-05-01')).toBe('not yet in effect (export control)');
    expect(roleLine(halt, '2025-06-10')).toBe('in force since May 23, 2025');
    expect(roleLine(halt, '2026-11-24')).toBe('lifted since Jul 2, 2025');
  });
});

describe('roleLine of a time-limited step', () => {
  const inForce: StatusStep = { date: '2025-10-09', status: 'in-force', sources: ['s'] };
  const suspended: StatusStep = { date: '2025-11-10', until: '2026-11-10', status: 'suspended', sources: ['s'] };
  /** A control in force from 9 October 2025, suspended on 10 November 2025 until 10 November 2026. */
  const paused = measureWith([inForce, suspended]);

  it('gives the term while it runs, through its last day', () => {
    expect(roleLine(paused, '2025-12-01')).toBe('suspended since Nov 10, 2025, until Nov 10, 2026');
    expect(roleLine(paused, '2026-11-10')).toBe('suspended since Nov 10, 2025, until Nov 10, 2026');
  });

  it('says the outcome is not recorded once the term ran out with no later step', () => {
    expect(roleLine(paused, '2026-11-11')).toBe('suspended until Nov 10, 2026; outcome not yet recorded');
  });

  it('reads a term of a month to its end', () => {
    const monthly = measureWith([inForce, { ...suspended, until: '2026-07' }]);
    expect(roleLine(monthly, '2026-07-31')).toBe('suspended since Nov 10, 2025, until Jul 2026');
    expect(roleLine(monthly, '2026-08-01')).toBe('suspended until Jul 2026; outcome not yet recorded');
  });

  it('lets a later step replace an ended term', () => {
    const lifted = measureWith([inForce, suspended, { date: '2026-11-11', status: 'lifted', sources: ['s'] }]);
    expect(roleLine(lifted, '2026-11-24')).toBe('lifted since Nov 11, 2026');
  });
});

describe('rolesAsOf', () => {
  it("gives the article's day and today when they differ, the article's first", () => {
    expect(rolesAsOf(halt, '2026-11-24', '2025-06-10')).toEqual([
      { when: 'article', date: '2025-06-10', text: 'in force since May 23, 2025' },
      { when: 'today', date: '2026-11-24', text: 'lifted since Jul 2, 2025' },
    ]);
  });

  it('gives one line when both days agree, the article has no day, or its day is not before today', () => {
    const one = [{ when: 'both', date: '2026-11-24', text: 'Secretary of Commerce' }];
    expect(rolesAsOf(lutnick, '2026-11-24', '2025-06-10')).toEqual(one);
    expect(rolesAsOf(lutnick, '2026-11-24')).toEqual(one);
    expect(rolesAsOf(halt, '2025-06-10', '2026-11-24')).toEqual([
      { when: 'both', date: '2025-06-10', text: 'in force since May 23, 2025' },
    ]);
  });
});

describe('changesBetween', () => {
  it("lists a measure's steps after the article's day up to today, newest first, with their terms and notes", () => {
    const steps: StatusStep[] = [
      { date: '2025-05-23', status: 'in-force', note: 'Letters to suppliers', sources: ['s'] },
      { date: '2025-07', status: 'suspended', until: '2025-10', sources: ['s'] },
      { date: '2025-07-02', status: 'lifted', note: 'The requirement no longer applies', sources: ['s'] },
      { date: '2027-01-01', status: 'in-force', sources: ['s'] },
    ];
    expect(changesBetween(measureWith(steps), '2025-06-10', '2026-11-24')).toEqual([
      { date: '2025-07-02', text: 'lifted: The requirement no longer applies' },
      { date: '2025-07', text: 'suspended until Oct 2025' },
    ]);
    // A step in the article's own month was already in effect on its day; nothing changes in a day.
    expect(changesBetween(measureWith(steps), '2025-07-15', '2026-11-24')).toEqual([]);
    expect(changesBetween(halt, '2026-11-24', '2026-11-24')).toEqual([]);
  });

  it("lists a person's posts taken and left after the article's day", () => {
    const moved = personWith([
      { title: 'Chair of the Council', from: '2025-03-14', to: '2026-02', sources: ['s'] },
      { title: 'Governor', from: '2025-09-16', sources: ['s'] },
    ]);
    expect(changesBetween(moved, '2025-06-10', '2026-11-24')).toEqual([
      { date: '2026-02', text: 'left post: Chair of the Council' },
      { date: '2025-09-16', text: 'new post: Governor' },
    ]);
    // A post that ended before the article's day is not news to its reader.
    expect(changesBetween(moved, '2026-03-01', '2026-11-24')).toEqual([]);
  });

  it('has nothing to say of organizations and commodities, whose lines do not change', () => {
    expect(changesBetween(commerce, '2025-06-10', '2026-11-24')).toEqual([]);
  });
});
