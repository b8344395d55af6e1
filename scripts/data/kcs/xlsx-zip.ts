import { inflateRawSync } from 'node:zlib';

/**
 * The entries of a .xlsx (a zip archive) as whole byte buffers, read from the central directory.
 * Why not a streaming reader: ExcelJS's WorkbookReader decodes each inflated chunk to text on its
 * own, so a multi-byte UTF-8 character split across two chunks turns into U+FFFD (exceljs issues
 * #2063 and #2316); which cell breaks depends on the chunking. An entry inflated whole and decoded
 * once cannot split a character. The KCS workbooks are a few MB: holding one sheet in memory is fine.
 */
export function readZipEntries(zip: Buffer, wanted: (name: string) => boolean): Map<string, Buffer> {
  const eocd = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('xlsx: central directory entry malformed');
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (!wanted(name)) continue;
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
      throw new Error(`xlsx: ${name} is a zip64 entry (not supported)`);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`xlsx: local header of ${name} malformed`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressed);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw);
    else throw new Error(`xlsx: ${name} uses compression method ${method} (not supported)`);
    if (data.length !== size) throw new Error(`xlsx: ${name} inflated to ${data.length} bytes, expected ${size}`);
    out.set(name.replace(/^\//, ''), data);
  }
  return out;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // the record is 22 bytes plus a comment of at most 65,535 bytes, at the end of the file
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw new Error('xlsx: not a zip archive (no end of central directory)');
}
