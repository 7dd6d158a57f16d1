// Which lines two versions share, by the longest common subsequence: what is left is
// "removed" from the first or "added" (changed) in the second.

/** Compares by a normal form: case, spacing and bullet marks do not count as changes. */
export function normal(line) {
  return line.replace(/^\s*[-•*·]\s*/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** [{type: 'same'|'removed'|'added'|'moved-away'|'moved-here', text}] turning `before` into `after`. */
export function diff(before, after) {
  const a = before.map(normal);
  const b = after.map(normal);
  const table = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ type: 'same', text: after[j] });
      i += 1;
      j += 1;
    } else if (table[i + 1][j] >= table[i][j + 1]) {
      ops.push({ type: 'removed', text: before[i] });
      i += 1;
    } else {
      ops.push({ type: 'added', text: after[j] });
      j += 1;
    }
  }
  before.slice(i).forEach((text) => ops.push({ type: 'removed', text }));
  after.slice(j).forEach((text) => ops.push({ type: 'added', text }));
  return movedApart(ops);
}

// A line that is in both versions but in another place is neither left out nor new: the
// tailoring only reordered it (struck through, it read as if the tailoring had deleted it).
function movedApart(ops) {
  const added = new Map();
  ops.filter((op) => op.type === 'added').forEach((op) => {
    const key = normal(op.text);
    added.set(key, [...(added.get(key) ?? []), op]);
  });
  ops.filter((op) => op.type === 'removed').forEach((op) => {
    const twin = added.get(normal(op.text))?.shift();
    if (twin) {
      op.type = 'moved-away';
      twin.type = 'moved-here';
    }
  });
  return ops;
}
