import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { fromPointer } from './util/pointer.js';

/** A 1-based line and column in a text. */
export interface Position {
  line: number;
  column: number;
}

/** Turns a character offset into a 1-based line and column. */
export function offsetToPosition(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Makes a function that finds where a JSON Pointer's value starts in `text`. The text is parsed into a tree
 * only on the first call, so texts without issues cost nothing. A pointer to a missing member resolves to
 * the nearest existing parent.
 */
export function createLocator(text: string): (pointer: string) => Position | null {
  let tree: Node | undefined | null = null;
  return (pointer) => {
    if (tree === null) tree = parseTree(text) ?? undefined;
    if (!tree) return null;
    const segments: Array<string | number> = fromPointer(pointer).map((s) =>
      /^\d+$/.test(s) ? Number(s) : s,
    );
    for (let n = segments.length; n >= 0; n--) {
      const node = findNodeAtLocation(tree, segments.slice(0, n));
      if (node) {
        const offset =
          node.parent?.type === 'property' && node.parent.children?.[1] === node
            ? node.parent.offset
            : node.offset;
        return offsetToPosition(text, offset);
      }
    }
    return null;
  };
}
