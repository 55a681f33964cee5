import type { CsrProject, FloodSpot, ProgramSite } from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc.ts';

/** Points inside one kelurahan from one list endpoint; `items` undefined while loading. */
export interface PlacesInKelurahan<T> {
  items: T[] | undefined;
  isError: boolean;
  refetch: () => void;
}

/** Flood spots, CSR projects and program sites inside a kelurahan, plus program names. */
export interface KelurahanPlaces {
  floodSpots: PlacesInKelurahan<FloodSpot>;
  csrProjects: PlacesInKelurahan<CsrProject>;
  programSites: PlacesInKelurahan<ProgramSite>;
  /** Program name by program id (`programs.list`); empty until it loads. */
  programNames: ReadonlyMap<string, string>;
}

/**
 * The points the server's spatial join put inside `kelurahanCode`. The lists are the same
 * cached queries the point layers use, filtered here.
 */
export function useKelurahanPlaces(kelurahanCode: string): KelurahanPlaces {
  const trpc = useTRPC();
  const programs = useQuery(trpc.programs.list.queryOptions());
  const inKelurahan = <T extends { kelurahanCode: string | null }>(query: {
    data: T[] | undefined;
    isError: boolean;
    refetch: () => Promise<unknown>;
  }): PlacesInKelurahan<T> => ({
    items: query.data?.filter((p) => p.kelurahanCode === kelurahanCode),
    isError: query.isError,
    refetch: () => void query.refetch(),
  });
  return {
    floodSpots: inKelurahan(useQuery(trpc.floodSpots.list.queryOptions())),
    csrProjects: inKelurahan(useQuery(trpc.csrProjects.list.queryOptions())),
    programSites: inKelurahan(useQuery(trpc.programSites.list.queryOptions())),
    programNames: new Map(programs.data?.map((p) => [p.id, p.name])),
  };
}
