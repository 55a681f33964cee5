import type { KelurahanLocator } from './kelurahan-locator.ts';

/** Remembers every answer: stored points are looked up again on every list request. */
export function memoizeLocator(locator: KelurahanLocator): KelurahanLocator {
  const cache = new Map<string, string | null>();
  return {
    locate(lon, lat) {
      const key = `${lon},${lat}`;
      let code = cache.get(key);
      if (code === undefined) {
        code = locator.locate(lon, lat);
        cache.set(key, code);
      }
      return code;
    },
  };
}
