import type { LayerId } from '@peta/shared';

/** The layers to toggle so that exactly `wanted` are visible: the extra ones, then the missing. */
export function layersToToggle(visible: readonly LayerId[], wanted: readonly LayerId[]): LayerId[] {
  return [
    ...visible.filter((id) => !wanted.includes(id)),
    ...wanted.filter((id) => !visible.includes(id)),
  ];
}
