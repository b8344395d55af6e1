import '../../../test-utils/polyfills.js';
import { deflateRawSync } from 'node:zlib';
import { BatchFileError, declaredInflatedSize, MAX_XLSX_BYTES, readBatchFile } from './batch-files.js';

/** a minimal zip (stored with deflate) of one part, written here byte by byte as PKWARE APPNOTE 4.3 lays it out */
function zipOf(name: string, data: Buffer): Buffer {
  const packed = deflateRawSync(data, { level: 9 });
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(n.length, 28);
  const cdAt = local.length + n.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + n.length, 12);
  end.writeUInt32LE(cdAt, 16);
  return Buffer.concat([local, n, packed, central, n, end]);
}

const fileOf = (buf: Buffer, name: string) => {
  const f = new File([new Uint8Array(buf)], name);
  if (typeof f.arrayBuffer !== 'function') Object.assign(f, { arrayBuffer: async () => buf });
  return f;
};

test('a small XLSX that inflates to 100 MB (a zip bomb) is refused from its central directory, unopened', async () => {
  const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(100 * 1024 * 1024, 0x20));
  expect(bomb.length).toBeLessThan(200 * 1024);
  expect(declaredInflatedSize(bomb)).toBe(100 * 1024 * 1024);
  await expect(readBatchFile(fileOf(bomb, 'products.xlsx'))).rejects.toEqual(
    new BatchFileError('xlsx-inflates-too-much'),
  );
});

test('an XLSX over the declared size is refused before it is read', async () => {
  const big = { name: 'products.xlsx', size: MAX_XLSX_BYTES + 1 } as unknown as File;
  // nothing of the file is read: it has no arrayBuffer, only a size
  await expect(readBatchFile(big)).rejects.toMatchObject({ reason: 'file-too-large' });
});

test('a file that is not a zip is refused as unreadable', async () => {
  await expect(readBatchFile(fileOf(Buffer.from('not a workbook'), 'products.xlsx'))).rejects.toMatchObject({
    reason: 'xlsx-unreadable',
  });
});
