// Stored records are shared by reference with every reader (search index, adapters); freezing
// them makes an accidental in-place edit throw at once instead of silently changing stored data
// behind the store's back (and its etag, and its validation).

/** Freezes `value` and everything reachable from it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
