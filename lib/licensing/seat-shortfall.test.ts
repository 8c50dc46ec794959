import { describe, expect, it } from 'vitest';
import { membersText, seatShortfall, seatsText } from './seat-shortfall';

describe('seat shortfall', () => {
  it('fewer seats than members: how many are over', () => {
    expect(seatShortfall(20, 25)).toEqual({ seats: 20, used: 25, over: 5 });
    expect(seatShortfall(0, 1)).toEqual({ seats: 0, used: 1, over: 1 });
  });

  it('seats that cover the members, exactly or with room, are no shortfall', () => {
    expect(seatShortfall(25, 25)).toBeUndefined();
    expect(seatShortfall(30, 25)).toBeUndefined();
  });

  it('an unknown count is no shortfall: the portal did not say', () => {
    expect(seatShortfall(undefined, 25)).toBeUndefined();
    expect(seatShortfall(20, undefined)).toBeUndefined();
  });

  it('counts in words, singular and plural, with thousands separated', () => {
    expect(membersText(1)).toBe('1 member');
    expect(membersText(1450)).toBe('1,450 members');
    expect(seatsText(1)).toBe('1 seat');
    expect(seatsText(20)).toBe('20 seats');
  });
});
