/**
 * SVG geometry of the DMN notation (DMN 1.3 §6.2): a decision is a rectangle, input data a
 * stadium (rounded ends), a business knowledge model a rectangle with two clipped corners, a
 * decision service a rounded rectangle, a knowledge source a document with a wavy bottom.
 * Names are wrapped to the shape's width in at most two lines.
 */
import type { DrgNodeKind } from './drg-layout';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const CLIP = 12;

/** The outline of a shape as an SVG path. */
export function shapePath(kind: DrgNodeKind, { x, y, width: w, height: h }: Box): string {
  switch (kind) {
    case 'inputData': {
      const r = h / 2;
      return `M${x + r},${y} H${x + w - r} A${r},${r} 0 0 1 ${x + w - r},${y + h} H${x + r} A${r},${r} 0 0 1 ${x + r},${y} Z`;
    }
    case 'businessKnowledgeModel':
      return `M${x + CLIP},${y} H${x + w} V${y + h - CLIP} L${x + w - CLIP},${y + h} H${x} V${y + CLIP} Z`;
    case 'decisionService': {
      const r = 14;
      return `M${x + r},${y} H${x + w - r} Q${x + w},${y} ${x + w},${y + r} V${y + h - r} Q${x + w},${y + h} ${x + w - r},${y + h} H${x + r} Q${x},${y + h} ${x},${y + h - r} V${y + r} Q${x},${y} ${x + r},${y} Z`;
    }
    case 'knowledgeSource': {
      const wave = 8;
      return `M${x},${y} H${x + w} V${y + h - wave} Q${x + (w * 3) / 4},${y + h - wave * 2.5} ${x + w / 2},${y + h - wave} T${x},${y + h - wave} Z`;
    }
    default:
      return `M${x},${y} H${x + w} V${y + h} H${x} Z`;
  }
}

function wordLines(name: string, perLine: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of name.trim().split(/\s+/).filter(Boolean)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= perLine || current === '') current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  return current === '' ? lines : [...lines, current];
}

const cut = (line: string, perLine: number) => `${line.slice(0, perLine - 1)}…`;

/** Splits a name into at most `maxLines` lines of about `perLine` characters, with an ellipsis when cut. */
export function wrapName(name: string, options: { perLine: number; maxLines: number }): string[] {
  const lines = wordLines(name, options.perLine);
  const kept = lines.slice(0, options.maxLines).map((line) => (line.length > options.perLine ? cut(line, options.perLine) : line));
  const last = kept.at(-1);
  if (lines.length > options.maxLines && last !== undefined && !last.endsWith('…')) kept[kept.length - 1] = cut(last, options.perLine);
  return kept;
}
