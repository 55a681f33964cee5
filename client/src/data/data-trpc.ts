import { useTRPC } from '../trpc.ts';

/**
 * The tRPC options proxy for the data pages (catalogue `indicators.*`, dataset versions
 * `datasets.*`); one name so the pages read alike.
 */
export function useDataTrpc() {
  return useTRPC();
}
