/**
 * One promise per key: a load asked for twice (chosen on one screen, awaited on the next) runs
 * once. A failed load is forgotten, so asking again retries it and reports its own error.
 */
export function memoLoads<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const loads = new Map<string, Promise<T>>();
  return (key) => {
    const known = loads.get(key);
    if (known !== undefined) return known;
    const loading = load(key);
    loads.set(key, loading);
    loading.catch(() => {
      if (loads.get(key) === loading) loads.delete(key);
    });
    return loading;
  };
}
