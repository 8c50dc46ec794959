import { describe, expect, it } from 'vitest';
import { judge, Report } from './report';

describe('judge', () => {
  it('meets an at-most target at exactly the floor and misses it just above', () => {
    expect(judge(50, 50, { atMost: 1 })).toEqual({ target: '≤ 1.0× floor', ratio: '1.000×', met: true });
    expect(judge(50.1, 50, { atMost: 1 })).toEqual({ target: '≤ 1.0× floor', ratio: '1.002×', met: false });
  });

  it('meets an at-least target at or above the floor and misses it below', () => {
    expect(judge(700, 700, { atLeast: 1 })).toMatchObject({ target: '≥ 1.0× floor', met: true });
    expect(judge(800, 700, { atLeast: 1 })).toMatchObject({ ratio: '1.143×', met: true });
    expect(judge(695, 700, { atLeast: 1 })).toMatchObject({ ratio: '0.993×', met: false });
  });

  it('judges the ratio as printed, so a printed 1.000× is never a miss', () => {
    expect(judge(1000.4, 1000, { atMost: 1 })).toMatchObject({ ratio: '1.000×', met: true });
  });

  it('never meets a target without a floor to compare with', () => {
    expect(judge(1, 0 / 0, { atLeast: 1 }).met).toBe(false);
    expect(judge(1, 0 / 0, { atMost: 1 }).met).toBe(false);
  });
});

describe('Report.table', () => {
  it('writes figure, value, target, ratio and a mark, with misses in bold and untargeted rows unmarked', () => {
    const report = new Report();
    report.add({ figure: 'floor', value: '1 ms', target: '(floor)' });
    report.add({ figure: 'a', value: '1 ms', target: '≤ 1.0× floor', ratio: '1.000×', met: true });
    report.add({ figure: 'b', value: '2 ms', target: '≤ 1.0× floor', ratio: '2.000×', met: false });
    expect(report.table()).toEqual([
      '| figure | value | target | ratio | met |',
      '| --- | --- | --- | --- | --- |',
      '| floor | 1 ms | (floor) |  |  |',
      '| a | 1 ms | ≤ 1.0× floor | 1.000× | ✔ |',
      '| b | 2 ms | ≤ 1.0× floor | 2.000× | **✘** |',
    ]);
  });
});
