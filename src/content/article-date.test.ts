import { describe, expect, it } from 'vitest';
import { datePublishedInJsonLd, publishedDay } from './article-date.ts';

const TODAY = '2026-11-24';

describe('publishedDay', () => {
  it('keeps the day a timestamp was written on, whatever its offset', () => {
    expect(publishedDay('2025-06-10', TODAY)).toBe('2025-06-10');
    expect(publishedDay('2025-06-10T23:30:00-04:00', TODAY)).toBe('2025-06-10');
    expect(publishedDay(' 2025-06-10T01:00:00+08:00 ', TODAY)).toBe('2025-06-10');
    expect(publishedDay('2025-06-10 08:00:00', TODAY)).toBe('2025-06-10');
  });

  it('reads slashes, dots, compact days and English month names', () => {
    expect(publishedDay('2025/6/9', TODAY)).toBe('2025-06-09');
    expect(publishedDay('2025.06.09', TODAY)).toBe('2025-06-09');
    expect(publishedDay('20250609', TODAY)).toBe('2025-06-09');
    expect(publishedDay('June 9, 2025', TODAY)).toBe('2025-06-09');
  });

  it('refuses what is not a day, a day after today, and a day before 1990', () => {
    for (const raw of ['', 'yesterday', '2025', '2025-06', '2025-02-30', '2025-13-01', 'June 2025 edition 12']) {
      expect(publishedDay(raw, TODAY), raw).toBeUndefined();
    }
    expect(publishedDay('2026-11-25', TODAY)).toBeUndefined();
    expect(publishedDay('1989-12-31', TODAY)).toBeUndefined();
    expect(publishedDay('2026-11-24', TODAY)).toBe('2026-11-24');
  });
});

describe('datePublishedInJsonLd', () => {
  it("finds an article's datePublished at the top, in arrays, in @graph and in mainEntity", () => {
    expect(datePublishedInJsonLd({ '@type': 'NewsArticle', datePublished: '2025-06-10' })).toBe('2025-06-10');
    expect(
      datePublishedInJsonLd([
        { '@type': 'Organization', name: 'Outlet' },
        { '@type': ['ReportageNewsArticle'], datePublished: '2025-06-11' },
      ]),
    ).toBe('2025-06-11');
    expect(
      datePublishedInJsonLd({
        '@graph': [{ '@type': 'WebSite' }, { '@type': 'BlogPosting', datePublished: '2025-06-12' }],
      }),
    ).toBe('2025-06-12');
    expect(
      datePublishedInJsonLd({ '@type': 'ItemPage', mainEntity: { '@type': 'Article', datePublished: '2025-06-13' } }),
    ).toBe('2025-06-13');
  });

  it('ignores the dates of things that are not articles, and values of the wrong shape', () => {
    expect(datePublishedInJsonLd({ '@type': 'Book', datePublished: '1999-01-01' })).toBeUndefined();
    expect(datePublishedInJsonLd({ '@type': 'Article', datePublished: 20250610 })).toBeUndefined();
    expect(datePublishedInJsonLd('2025-06-10')).toBeUndefined();
    expect(datePublishedInJsonLd(null)).toBeUndefined();
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 10; i++) node = node['@graph'] = {};
    Object.assign(node, { '@type': 'Article', datePublished: '2025-06-10' });
    expect(datePublishedInJsonLd(deep)).toBeUndefined();
  });
});
