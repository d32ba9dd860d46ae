/**
 * Recognises an uploaded image by its magic bytes (never by the Content-Type the client claims) and
 * reads its pixel size from the header when that is cheap. Nothing is decoded: the bytes are stored
 * and served as they came, with `nosniff` and a `default-src 'none'` policy.
 */
import type { ImageContentType } from '@flowforge/contracts';

export type SniffedImage = { contentType: ImageContentType; width: number | null; height: number | null };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Buffer, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Buffer, offset: number, length: number): string {
  return bytes.subarray(offset, offset + length).toString('latin1');
}

function size(width: number, height: number): Pick<SniffedImage, 'width' | 'height'> {
  return width > 0 && height > 0 ? { width, height } : { width: null, height: null };
}

// PNG: the first chunk is IHDR with width and height as big-endian 32-bit numbers.
function sniffPng(bytes: Buffer): SniffedImage | null {
  if (!startsWith(bytes, PNG_SIGNATURE)) return null;
  const hasHeader = bytes.length >= 24 && ascii(bytes, 12, 4) === 'IHDR';
  return { contentType: 'image/png', ...(hasHeader ? size(bytes.readUInt32BE(16), bytes.readUInt32BE(20)) : size(0, 0)) };
}

// GIF: "GIF87a"/"GIF89a", then the logical screen size as little-endian 16-bit numbers.
function sniffGif(bytes: Buffer): SniffedImage | null {
  const magic = ascii(bytes, 0, 6);
  if (magic !== 'GIF87a' && magic !== 'GIF89a') return null;
  return { contentType: 'image/gif', ...(bytes.length >= 10 ? size(bytes.readUInt16LE(6), bytes.readUInt16LE(8)) : size(0, 0)) };
}

// WebP: RIFF container with a VP8 (lossy), VP8L (lossless) or VP8X (extended) first chunk.
function sniffWebp(bytes: Buffer): SniffedImage | null {
  if (bytes.length < 16 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') return null;
  return { contentType: 'image/webp', ...readWebpSize(bytes) };
}

function readWebpSize(bytes: Buffer): Pick<SniffedImage, 'width' | 'height'> {
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8X' && bytes.length >= 30) return size(bytes.readUIntLE(24, 3) + 1, bytes.readUIntLE(27, 3) + 1);
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits = bytes.readUInt32LE(21);
    return size((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8 ' && bytes.length >= 30) return size(bytes.readUInt16LE(26) & 0x3fff, bytes.readUInt16LE(28) & 0x3fff);
  return size(0, 0);
}

// JPEG: SOI (FF D8 FF), then segments until a start-of-frame marker carries height and width.
function sniffJpeg(bytes: Buffer): SniffedImage | null {
  if (!startsWith(bytes, [0xff, 0xd8, 0xff])) return null;
  return { contentType: 'image/jpeg', ...readJpegSize(bytes) };
}

const NOT_FRAME_MARKERS = new Set([0xc4, 0xc8, 0xcc]);

function readJpegSize(bytes: Buffer): Pick<SniffedImage, 'width' | 'height'> {
  let offset = 2;
  while (offset + 9 < bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1] ?? 0;
    if (marker >= 0xc0 && marker <= 0xcf && !NOT_FRAME_MARKERS.has(marker)) {
      return size(bytes.readUInt16BE(offset + 7), bytes.readUInt16BE(offset + 5));
    }
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return size(0, 0);
}

const SNIFFERS = [sniffPng, sniffJpeg, sniffGif, sniffWebp];

/** The image type the bytes really are, with its size when the header gives it; null when not an accepted image. */
export function sniffImage(bytes: Buffer): SniffedImage | null {
  for (const sniff of SNIFFERS) {
    const found = sniff(bytes);
    if (found) return found;
  }
  return null;
}
