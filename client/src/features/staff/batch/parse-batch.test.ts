import { parseBatch } from './parse-batch.js';

describe('parseBatch', () => {
  test('reads English or Chinese headers, code or name, optional value and share', () => {
    const { items, errors } = parseBatch([
      ['HS code', '品名', 'Destination', 'Value', 'Share'],
      ['8509.80', '', 'jp', '1,200', '45%'],
      ['', '柑橘', 'VN', '', ''],
      ['', '', '', '', ''],
    ]);
    expect(errors).toEqual([]);
    expect(items).toEqual([
      { row: 2, code: '850980', name: undefined, dest: 'JP', value: 1200, share: 45 },
      { row: 3, code: undefined, name: '柑橘', dest: 'VN', value: undefined, share: undefined },
    ]);
  });

  test('bad rows are reported with a reason and row number; the rest still run', () => {
    const { items, errors } = parseBatch([
      ['code', 'dest', 'share'],
      ['850980', 'XX', ''],
      ['850980', 'CN', ''],
      ['', 'JP', ''],
      ['850980', 'JP', '120'],
      ['850980', 'KR', '40'],
    ]);
    expect(errors).toEqual([
      { row: 2, reason: 'dest-invalid', field: 'dest' },
      { row: 3, reason: 'dest-invalid', field: 'dest' },
      { row: 4, reason: 'code-or-name-required', field: 'code' },
      { row: 5, reason: 'share-range', field: 'share' },
    ]);
    expect(items.map((i) => i.row)).toEqual([6]);
  });

  test('a sheet without a destination or a product column is refused as a whole', () => {
    expect(parseBatch([['code'], ['850980']]).errors).toEqual([
      { row: 1, reason: 'batch-column-missing', field: 'dest' },
    ]);
    expect(
      parseBatch([
        ['dest', 'value'],
        ['JP', '1'],
      ]).errors,
    ).toEqual([{ row: 1, reason: 'batch-column-missing', field: 'code' }]);
    expect(parseBatch([]).errors).toEqual([{ row: 1, reason: 'batch-empty' }]);
  });
});
