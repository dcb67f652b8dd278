import { describe, expect, it } from 'vitest';
import { genericTypeText, splitGenericType, typeText } from '../../src/index/java/type-text.js';

describe('Java type texts', () => {
  it('keeps generic arguments, drops annotations and needless spaces', () => {
    expect(genericTypeText({ text: 'Map< String , List<@NonNull Date> >' })).toBe('Map<String,List<Date>>');
    expect(genericTypeText({ text: 'List<? extends  Date> []' })).toBe('List<? extends Date>[]');
    expect(typeText({ text: 'Map< String , List<Date> >[]' })).toBe('Map[]');
  });

  it('splits the arguments of the type itself, nested ones kept whole', () => {
    expect(splitGenericType('Map<String,List<Map<K,V>>>')).toEqual({ base: 'Map', args: ['String', 'List<Map<K,V>>'] });
    expect(splitGenericType('List<Date>[][]')).toEqual({ base: 'List[][]', args: ['Date'] });
    expect(splitGenericType('Outer<A>.Inner<B>')).toEqual({ base: 'Outer.Inner', args: ['B'] });
    expect(splitGenericType('Outer<A>.Inner')).toEqual({ base: 'Outer.Inner', args: [] });
    expect(splitGenericType('ArrayList<>')).toEqual({ base: 'ArrayList', args: [] });
    expect(splitGenericType('Date')).toEqual({ base: 'Date', args: [] });
  });
});
