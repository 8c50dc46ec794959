import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { csvStream, inertCell, type CsvCell } from './csv';

async function* rowsOf(rows: readonly (readonly CsvCell[])[]) {
  for (const row of rows) yield row;
}

describe('inertCell', () => {
  it('makes cells that a spreadsheet would run inert, and leaves others alone', () => {
    for (const formula of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(inertCell(formula)).toBe(`'${formula}`);
    }
    for (const plain of ['jdoe', 'ArcGIS Pro', '', '1=1', "'quoted", 'a-b']) expect(inertCell(plain)).toBe(plain);
  });
});

describe('csvStream', () => {
  it('writes a header and the rows, quoting where needed, with formulas made inert and numbers as numbers', async () => {
    const csv = await text(
      csvStream(
        ['time', 'admin', 'target', 'duration ms'],
        rowsOf([
          ['2026-11-30T10:00:00Z', 'admin', '=cmd|"/c calc"!A1', -5],
          ['2026-11-30T11:00:00Z', 'ana, b', 'line\nbreak', null],
        ]),
      ),
    );
    expect(csv).toBe(
      'time,admin,target,duration ms\r\n' +
        `2026-11-30T10:00:00Z,admin,"'=cmd|""/c calc""!A1",-5\r\n` +
        '2026-11-30T11:00:00Z,"ana, b","line\nbreak",\r\n',
    );
  });

  it('streams: rows are read as the reader asks, not all up front', async () => {
    let produced = 0;
    async function* many() {
      for (let i = 0; i < 100_000; i += 1) {
        produced += 1;
        yield [i, `member${i}`];
      }
    }
    const stream = csvStream(['n', 'member'], many());
    const first = await new Promise<string>((resolve) => stream.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    expect(first.startsWith('n,member\r\n')).toBe(true);
    expect(produced).toBeLessThan(100_000);
    stream.destroy();
  });

  it('ends with the error when reading the rows fails mid-way', async () => {
    async function* failing() {
      yield ['a'];
      throw new Error('store out of reach');
    }
    await expect(text(csvStream(['x'], failing()))).rejects.toThrow('store out of reach');
  });
});
