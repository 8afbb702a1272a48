/**
 * The saved search index as one binary file: a JSON header (versions,
 * fingerprint, terms, refs, vocabulary, acronym definitions) followed by the posting arrays, so
 * loading takes array views instead of parsing millions of numbers.
 *
 *   "KVIX" | u32 header bytes | header JSON | pad to 4 | offsets u32[] | docs u32[] | weights f32[]
 */
import type { CompactIndex } from "./lunr-backend.js";
import type { DefinitionCount } from "./acronym-miner.js";
import { IndexFileError } from "./errors.js";

const MAGIC = "KVIX";

export interface IndexHeader {
  schemaVersion: number;
  analysisVersion: number;
  fingerprint: string;
  builtAt: string;
}

interface StoredHeader extends IndexHeader {
  terms: string;
  refs: string;
  vocabulary: string;
  /** Acronym, long form and count per line, tab-separated. */
  definitions?: string;
  lengths: [number, number];
}

export function encodeIndex(header: IndexHeader, index: CompactIndex, vocabulary: [string, number][], definitions: readonly DefinitionCount[] = []): Buffer {
  const stored: StoredHeader = {
    ...header,
    terms: index.terms.join("\n"),
    refs: index.refs.join("\n"),
    vocabulary: vocabulary.map(([w, c]) => `${w}\t${c}`).join("\n"),
    definitions: definitions.map((d) => d.join("\t")).join("\n"),
    lengths: [index.offsets.length, index.docs.length],
  };
  const json = Buffer.from(JSON.stringify(stored), "utf8");
  const pad = (4 - ((8 + json.length) % 4)) % 4;
  const head = Buffer.alloc(8);
  head.write(MAGIC, 0, "ascii");
  head.writeUInt32LE(json.length, 4);
  return Buffer.concat([
    head,
    json,
    Buffer.alloc(pad),
    Buffer.from(index.offsets.buffer, index.offsets.byteOffset, index.offsets.byteLength),
    Buffer.from(index.docs.buffer, index.docs.byteOffset, index.docs.byteLength),
    Buffer.from(index.weights.buffer, index.weights.byteOffset, index.weights.byteLength),
  ]);
}

/** Reads only the header: enough to decide whether the file is still valid. */
export function decodeHeader(buf: Buffer): IndexHeader {
  const { schemaVersion, analysisVersion, fingerprint, builtAt } = storedHeader(buf);
  return { schemaVersion, analysisVersion, fingerprint, builtAt };
}

/** The JSON header after the magic bytes; an IndexFileError says what is wrong with it. */
function storedHeader(buf: Buffer): StoredHeader {
  if (buf.length < 8 || buf.toString("ascii", 0, 4) !== MAGIC) throw new IndexFileError("geen indexbestand");
  const length = buf.readUInt32LE(4);
  if (8 + length > buf.length) throw new IndexFileError("kop afgekapt");
  try {
    return JSON.parse(buf.toString("utf8", 8, 8 + length)) as StoredHeader;
  } catch {
    throw new IndexFileError("kop onleesbaar");
  }
}

export function decodeIndex(buf: Buffer): { header: IndexHeader; index: CompactIndex; vocabulary: [string, number][]; definitions: DefinitionCount[] } {
  const stored = storedHeader(buf);
  const length = buf.readUInt32LE(4);
  let at = 8 + length;
  at += (4 - (at % 4)) % 4;
  // Copy once into an aligned buffer: typed array views need 4-byte alignment.
  const body = new Uint8Array(buf.subarray(at)).buffer;
  const [nOffsets, nPostings] = stored.lengths;
  if (body.byteLength !== 4 * (nOffsets + 2 * nPostings)) throw new IndexFileError("indexbestand is afgekapt");
  const offsets = new Uint32Array(body, 0, nOffsets);
  const docs = new Uint32Array(body, 4 * nOffsets, nPostings);
  const weights = new Float32Array(body, 4 * (nOffsets + nPostings), nPostings);
  const vocabulary = stored.vocabulary
    ? stored.vocabulary.split("\n").map((line): [string, number] => {
        const tab = line.indexOf("\t");
        return [line.slice(0, tab), Number(line.slice(tab + 1))];
      })
    : [];
  const definitions = stored.definitions
    ? stored.definitions.split("\n").map((line): DefinitionCount => {
        const [acronym, long, count] = line.split("\t");
        return [acronym!, long!, Number(count)];
      })
    : [];
  return {
    header: { schemaVersion: stored.schemaVersion, analysisVersion: stored.analysisVersion, fingerprint: stored.fingerprint, builtAt: stored.builtAt },
    index: { terms: stored.terms ? stored.terms.split("\n") : [], refs: stored.refs ? stored.refs.split("\n") : [], offsets, docs, weights },
    vocabulary,
    definitions,
  };
}
