/**
 * The zip container of an .xlsx/.xlsm package: read its central directory, inflate the entries asked for,
 * and write a package back in which every entry not replaced keeps its compressed bytes exactly.
 * ZIP64, encrypted entries and compression methods other than stored/deflate are refused with one line.
 */
import * as zlib from "node:zlib";

/** A package the tool cannot open safely. `message` is one line. */
export class ZipError extends Error {
  /** damaged: not a readable zip; unsupported: a zip this tool will not write; not-workbook: a zip without a workbook. */
  constructor(
    message: string,
    readonly kind: "damaged" | "unsupported" | "not-workbook" = "damaged",
  ) {
    super(message);
    this.name = "ZipError";
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where its local header starts in the source buffer. */
  localOffset: number;
  /** Where its compressed bytes start in the source buffer. */
  dataOffset: number;
  /** Raw bytes of the source zip (shared). */
  source: Buffer;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;

function findEndOfCentralDirectory(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  throw new ZipError("it is not a complete zip package (no central directory)");
}

/** The entries of a zip, in central-directory order. */
export function readZip(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipError("it is too short to be a zip package");
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIG)
    throw new ZipError(
      "it is a ZIP64 package (over 4 GB or 65,535 parts), which this tool does not write",
      "unsupported",
    );
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
    throw new ZipError("it is a ZIP64 package, which this tool does not write", "unsupported");
  if (cdOffset + cdSize > eocd) throw new ZipError("its central directory is damaged");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN_SIG) throw new ZipError("its central directory is damaged");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLen);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      throw new ZipError(`its part ${name} needs ZIP64, which this tool does not write`, "unsupported");
    if (flags & 0x1) throw new ZipError("it is encrypted: save it without a password", "unsupported");
    if (method !== 0 && method !== 8)
      throw new ZipError(
        `its part ${name} uses zip compression method ${method}, which this tool does not read`,
        "unsupported",
      );
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOC_SIG)
      throw new ZipError(`its part ${name} is damaged`);
    const dataOffset = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataOffset + compressedSize > buf.length) throw new ZipError(`its part ${name} is truncated`);
    entries.push({
      name,
      method,
      flags,
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      crc: buf.readUInt32LE(p + 16),
      compressedSize,
      size,
      localOffset,
      dataOffset,
      source: buf,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function compressedBytes(entry: ZipEntry): Buffer {
  return entry.source.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

/** An entry's uncompressed bytes, checked against its CRC. */
export function inflateEntry(entry: ZipEntry): Buffer {
  const raw = compressedBytes(entry);
  let out: Buffer;
  try {
    out = entry.method === 0 ? Buffer.from(raw) : zlib.inflateRawSync(raw);
  } catch {
    throw new ZipError(`its part ${entry.name} is damaged (it does not inflate)`);
  }
  if (out.length !== entry.size || crc32(out) !== entry.crc)
    throw new ZipError(`its part ${entry.name} is damaged (its checksum does not match)`);
  return out;
}

let table: Uint32Array | undefined;
/** CRC-32 of the zip format. Node ≥ 20.15 has zlib.crc32; older Nodes use a table. */
export function crc32(data: Buffer): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer) => number }).crc32;
  return typeof native === "function" ? native(data) >>> 0 : crc32ByTable(data);
}

/** The table-driven CRC-32, for Nodes before 20.15. */
export function crc32ByTable(data: Buffer): number {
  if (table === undefined) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = (table[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** What goes into the written zip: an entry copied as it was, or new bytes under a name. */
export type OutEntry = { kind: "copy"; entry: ZipEntry } | { kind: "new"; name: string; data: Buffer };

interface Written {
  name: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function localHeader(w: Written): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(LOC_SIG, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(w.flags, 6);
  h.writeUInt16LE(w.method, 8);
  h.writeUInt16LE(w.time, 10);
  h.writeUInt16LE(w.date, 12);
  h.writeUInt32LE(w.crc, 14);
  h.writeUInt32LE(w.compressedSize, 18);
  h.writeUInt32LE(w.size, 22);
  h.writeUInt16LE(w.name.length, 26);
  h.writeUInt16LE(0, 28);
  return h;
}

function centralHeader(w: Written): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(CEN_SIG, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(w.flags, 8);
  h.writeUInt16LE(w.method, 10);
  h.writeUInt16LE(w.time, 12);
  h.writeUInt16LE(w.date, 14);
  h.writeUInt32LE(w.crc, 16);
  h.writeUInt32LE(w.compressedSize, 20);
  h.writeUInt32LE(w.size, 24);
  h.writeUInt16LE(w.name.length, 28);
  h.writeUInt32LE(w.offset, 42);
  return h;
}

/**
 * A zip of these entries, in this order. Copied entries keep their compressed bytes, CRC and timestamps;
 * their headers are rewritten without a data descriptor (the sizes are known). New entries are deflated.
 */
export function writeZip(entries: OutEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const written: Written[] = [];
  let offset = 0;
  const now = dosNow();
  for (const e of entries) {
    let w: Written;
    let data: Buffer;
    if (e.kind === "copy") {
      const s = e.entry;
      data = compressedBytes(s);
      // Bit 3 (data descriptor) is dropped: the header now carries the sizes. UTF-8 names keep bit 11.
      w = {
        name: Buffer.from(s.name, s.flags & 0x800 ? "utf8" : "latin1"),
        flags: s.flags & 0x806,
        method: s.method,
        time: s.time,
        date: s.date,
        crc: s.crc,
        compressedSize: s.compressedSize,
        size: s.size,
        offset,
      };
    } else {
      // Big parts (a sheet of thousands of rows) deflate at a faster level: a little larger, several times quicker.
      data = zlib.deflateRawSync(e.data, { level: e.data.length > 1 << 20 ? 1 : 6 });
      const utf8 = /[^\x20-\x7e]/.test(e.name);
      w = {
        name: Buffer.from(e.name, "utf8"),
        flags: utf8 ? 0x800 : 0,
        method: 8,
        time: now.time,
        date: now.date,
        crc: crc32(e.data),
        compressedSize: data.length,
        size: e.data.length,
        offset,
      };
    }
    if (offset + data.length > 0xfffffff0 || written.length >= 0xffff)
      throw new ZipError("the written package would need ZIP64 (over 4 GB or 65,535 parts)", "unsupported");
    const header = localHeader(w);
    chunks.push(header, w.name, data);
    offset += header.length + w.name.length + data.length;
    written.push(w);
  }
  const cdStart = offset;
  for (const w of written) {
    const h = centralHeader(w);
    chunks.push(h, w.name);
    offset += h.length + w.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIG, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(offset - cdStart, 12);
  end.writeUInt32LE(cdStart, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}
