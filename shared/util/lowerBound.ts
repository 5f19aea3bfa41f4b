/**
 * The index of the first element of `sorted` that is not less than `value`: the number of
 * elements below it, and where `value` would be inserted. Binary search, O(log n).
 */
export function lowerBound<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as T) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
