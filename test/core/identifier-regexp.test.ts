import { describe, expect, it } from 'vitest';
import { identifierRegExp } from '../../src/core/identifier-regexp.js';

describe('identifierRegExp', () => {
  it('finds whole identifiers only, `$` included, and takes words literally', () => {
    const re = identifierRegExp(['Date', 'get$Year', 'a.b'], { flags: 'g' });
    const text = 'new Date(); Dates; myDate; x.get$Year(); get$Years; aXb; a.b';
    expect([...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`)).toEqual(['4:Date', '29:get$Year', '57:a.b']);
  });

  it('refuses a word right after a dot when asked (a member, not a bare name)', () => {
    expect(identifierRegExp(['ROUND_UP'], { notAfterDot: true }).test('BigDecimal.ROUND_UP')).toBe(false);
    expect(identifierRegExp(['ROUND_UP'], { notAfterDot: true }).test('x = ROUND_UP;')).toBe(true);
    expect(identifierRegExp([], { extra: ['[A-Z][A-Z0-9_]*'], notAfterDot: true }).test('f(HALF_UP)')).toBe(true);
  });

  it('matches nowhere without any word', () => {
    expect(identifierRegExp([]).test('anything at all')).toBe(false);
  });
});
