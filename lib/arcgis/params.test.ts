import { describe, expect, it } from 'vitest';
import { encodeParam, encodeParams } from './params';

describe('encodeParam', () => {
  it('encodes parameters the ArcGIS way', () => {
    expect(encodeParam(['a', 2])).toBe('a,2');
    expect(encodeParam({ a: 1 })).toBe('{"a":1}');
    expect(encodeParam(new Date(5))).toBe('5');
    expect(encodeParam(false)).toBe('false');
    expect(encodeParam(undefined)).toBeUndefined();
  });

  it('leaves out parameters without a value, keeping the order of the rest', () => {
    expect(encodeParams({ b: 1, a: null, c: undefined, d: 'x' })).toEqual([
      ['b', '1'],
      ['d', 'x'],
    ]);
  });
});
