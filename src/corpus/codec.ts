/**
 * The one binary codec of briefbot's saved data, little-endian throughout:
 *  - typed arrays to and from little-endian bytes (`littleEndianBytes`, `typedArrayFrom`);
 *  - a record of fields one after another (`ByteWriter`, `ByteReader`): the search index's form;
 *  - a file of named sections (`SectionWriter`, `SectionReader`): the index cache's form. Sections
 *    are 8-byte aligned and the whole file is checksummed; a file ends with
 *    [header length u32][checksum u32]["BBCEND\0\0"], the header (JSON) just before it.
 * Readers throw an Error naming the problem, never return a half-read value.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';

/** Whether typed arrays sit in memory little-endian, as they are saved (else they are swapped). */
export const NATIVE_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type Typed = Uint8Array | Uint16Array | Int32Array | Uint32Array;
type TypedClass<T extends Typed> = { new (length: number): T; readonly BYTES_PER_ELEMENT: number };

/** `a`'s bytes in little-endian order: a view of it where memory is little-endian, else a copy. */
export function littleEndianBytes(a: Typed): Uint8Array {
  if (NATIVE_LITTLE_ENDIAN || a.BYTES_PER_ELEMENT === 1)
    return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const b = Buffer.alloc(a.byteLength);
  for (let i = 0; i < a.length; i++) {
    if (a.BYTES_PER_ELEMENT === 2) b.writeUInt16LE(a[i]!, i * 2);
    else b.writeUInt32LE(a[i]! >>> 0, i * 4);
  }
  return b;
}

/**
 * A typed array of the elements in little-endian `bytes`: a copy, so it is aligned and does not pin
 * the buffer it was read from. Throws on a partial element.
 */
export function typedArrayFrom<T extends Typed>(type: TypedClass<T>, bytes: Uint8Array, what: string): T {
  const width = type.BYTES_PER_ELEMENT;
  if (bytes.length % width !== 0) throw new Error(`${what} has a partial element`);
  const out = new type(bytes.length / width);
  if (NATIVE_LITTLE_ENDIAN || width === 1) {
    new Uint8Array(out.buffer, out.byteOffset, out.byteLength).set(bytes);
    return out;
  }
  const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) {
    if (width === 2) out[i] = src.readUInt16LE(i * 2);
    else if (out instanceof Int32Array) out[i] = src.readInt32LE(i * 4);
    else out[i] = src.readUInt32LE(i * 4);
  }
  return out;
}

/** Fields written one after another into memory: bytes, numbers, typed arrays. */
export class ByteWriter {
  private readonly chunks: Uint8Array[] = [];

  bytes(b: Uint8Array): void {
    this.chunks.push(b);
  }

  u32(n: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n >>> 0);
    this.chunks.push(b);
  }

  f64(n: number): void {
    const b = Buffer.alloc(8);
    b.writeDoubleLE(n);
    this.chunks.push(b);
  }

  typed(a: Typed): void {
    this.chunks.push(littleEndianBytes(a));
  }

  finish(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** Reads what a ByteWriter wrote, field by field; `what` names the data in errors. */
export class ByteReader {
  private at = 0;
  constructor(
    private readonly buf: Buffer,
    private readonly what: string,
  ) {}

  bytes(n: number): Buffer {
    if (this.at + n > this.buf.length) throw new Error(`${this.what}: truncated`);
    const b = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return b;
  }

  u32(): number {
    return this.bytes(4).readUInt32LE(0);
  }

  f64(): number {
    return this.bytes(8).readDoubleLE(0);
  }

  /** `count` elements of `type`. */
  typed<T extends Typed>(type: TypedClass<T>, count: number): T {
    return typedArrayFrom(type, this.bytes(count * type.BYTES_PER_ELEMENT), this.what);
  }

  atEnd(): boolean {
    return this.at === this.buf.length;
  }
}

const MAGIC = Buffer.from('BBCORPUS', 'ascii');
const END = Buffer.from('BBCEND\0\0', 'ascii');
const TRAILER = 4 + 4 + END.length;

/** crc32 where Node has it (20.15+), else the low 32 bits of SHA-1: both only detect damage. */
const zlibCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
function checksum(data: Uint8Array, previous: number): number {
  if (zlibCrc) return zlibCrc(data, previous);
  const h = createHash('sha1')
    .update(Buffer.from(new Uint32Array([previous]).buffer))
    .update(data);
  return h.digest().readUInt32LE(0);
}

export type SectionTable = Record<string, [offset: number, length: number]>;

/**
 * Streams sections into a file with a running checksum, in 4 MB writes. Offsets are from the
 * start of the file.
 */
export class SectionWriter {
  private readonly fd: number;
  private readonly buf = Buffer.allocUnsafe(4 * 1024 * 1024);
  private used = 0;
  private offset = 0;
  private crc = 0;
  readonly sections: SectionTable = {};

  constructor(path: string) {
    this.fd = openSync(path, 'w');
    this.raw(MAGIC);
  }

  /** Writes `data` as one section named `name`. */
  section(name: string, data: Typed): void {
    this.align();
    const bytes = littleEndianBytes(data);
    this.sections[name] = [this.offset, bytes.length];
    this.raw(bytes);
  }

  /** Writes a section made of strings in UTF-8, one after another; returns each one's byte length. */
  strings(name: string, items: Iterable<string>): number[] {
    this.align();
    const start = this.offset;
    const lengths: number[] = [];
    for (const s of items) {
      // A string of n UTF-16 units is at most 3n bytes in UTF-8.
      if (s.length * 3 > this.buf.length - this.used) this.flush();
      if (s.length * 3 > this.buf.length) {
        const b = Buffer.from(s, 'utf8');
        this.raw(b);
        lengths.push(b.length);
        continue;
      }
      const n = this.buf.write(s, this.used, 'utf8');
      this.used += n;
      this.offset += n;
      lengths.push(n);
    }
    this.sections[name] = [start, this.offset - start];
    return lengths;
  }

  /** Writes the header and trailer and closes the file; returns the file's size. */
  finish(header: object): number {
    const json = Buffer.from(JSON.stringify({ ...header, sections: this.sections }), 'utf8');
    this.raw(json);
    const tail = Buffer.alloc(8);
    tail.writeUInt32LE(json.length, 0);
    this.raw(tail.subarray(0, 4));
    this.flush();
    tail.writeUInt32LE(this.crc >>> 0, 4);
    writeSync(this.fd, tail.subarray(4, 8));
    writeSync(this.fd, END);
    closeSync(this.fd);
    return this.offset + 4 + END.length;
  }

  /** Closes the file without finishing it (after an error). */
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }

  private align(): void {
    const pad = (8 - (this.offset % 8)) % 8;
    if (pad > 0) this.raw(new Uint8Array(pad));
  }

  private raw(bytes: Uint8Array): void {
    if (bytes.length > this.buf.length - this.used) this.flush();
    if (bytes.length > this.buf.length) {
      this.crc = checksum(bytes, this.crc);
      writeSync(this.fd, bytes);
    } else {
      this.buf.set(bytes, this.used);
      this.used += bytes.length;
    }
    this.offset += bytes.length;
  }

  private flush(): void {
    if (this.used === 0) return;
    const chunk = this.buf.subarray(0, this.used);
    this.crc = checksum(chunk, this.crc);
    writeSync(this.fd, chunk);
    this.used = 0;
  }
}

/** A file read back: its header (unvalidated JSON) and typed views of its sections. */
export class SectionReader {
  readonly header: unknown;
  private readonly sections: SectionTable;

  /** Throws an Error naming the problem when `buf` is not a whole, undamaged file of this kind. */
  constructor(private readonly buf: Buffer) {
    if (buf.length < MAGIC.length + TRAILER || !buf.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw new Error('not a briefbot index cache');
    }
    if (!buf.subarray(buf.length - END.length).equals(END)) throw new Error('truncated (no end marker)');
    const headerLength = buf.readUInt32LE(buf.length - TRAILER);
    const stored = buf.readUInt32LE(buf.length - TRAILER + 4);
    const headerStart = buf.length - TRAILER - headerLength;
    if (headerStart < MAGIC.length) throw new Error('header length out of range');
    if (checksum(buf.subarray(0, buf.length - TRAILER + 4), 0) >>> 0 !== stored) {
      throw new Error('checksum mismatch (damaged file)');
    }
    const header = JSON.parse(buf.toString('utf8', headerStart, headerStart + headerLength)) as {
      sections?: unknown;
    };
    this.header = header;
    const sections = header.sections;
    if (typeof sections !== 'object' || sections === null) throw new Error('header has no section table');
    for (const [name, at] of Object.entries(sections)) {
      const ok =
        Array.isArray(at) &&
        at.length === 2 &&
        at.every((n) => Number.isSafeInteger(n) && n >= 0) &&
        at[0] + at[1] <= headerStart;
      if (!ok) throw new Error(`section ${name} out of range`);
    }
    this.sections = sections as SectionTable;
  }

  bytes(name: string): Buffer {
    const at = this.sections[name];
    if (!at) throw new Error(`section ${name} missing`);
    return this.buf.subarray(at[0], at[0] + at[1]);
  }

  /** A copy (aligned, and not pinning the file's buffer). */
  uint32s(name: string): Uint32Array {
    return typedArrayFrom(Uint32Array, this.bytes(name), `section ${name}`);
  }

  int32s(name: string): Int32Array {
    return typedArrayFrom(Int32Array, this.bytes(name), `section ${name}`);
  }
}
