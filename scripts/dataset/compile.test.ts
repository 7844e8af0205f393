import { describe, expect, it } from 'vitest';
import { createMatcher, newPageState } from '../../src/shared/matcher/match.ts';
import { compilePatterns } from '../../src/shared/matcher/patterns.ts';
import { aliasRule } from './compile.ts';

describe('aliasRule', () => {
  it('reads a bare string as an alias with the default rules', () => {
    expect(aliasRule('Howard Lutnick')).toEqual({ text: 'Howard Lutnick' });
  });

  it('turns each notAfter word into an exclusion after the alias’s own', () => {
    const rule = aliasRule({
      text: 'export controls on rare earth',
      exclude: ['export controls on rare earth technologies'],
      notAfter: ['new', 'October'],
    });
    expect(rule).toEqual({
      text: 'export controls on rare earth',
      exclude: [
        'export controls on rare earth technologies',
        'new export controls on rare earth',
        'October export controls on rare earth',
      ],
    });
    expect(rule).not.toHaveProperty('notAfter');
  });

  it('gives a matcher that skips the alias right after those words, plural included, and nowhere else', () => {
    const aliases = [aliasRule({ text: 'export controls on rare earth', notAfter: ['new', 'October'] })];
    const matcher = createMatcher(compilePatterns([{ id: 'april', kind: 'measure', aliases }], 1));
    const found = (text: string): string[] => matcher.find(text, newPageState()).map((m) => text.slice(m.start, m.end));
    expect(found('Beijing’s new export controls on rare earths')).toEqual([]);
    expect(found('the October export controls on rare earth magnets')).toEqual([]);
    expect(found('its export controls on rare earths, not new ones')).toEqual(['export controls on rare earths']);
    expect(found('renewed export controls on rare earth')).toEqual(['export controls on rare earth']);
  });
});
