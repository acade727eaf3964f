/** The subtabs of a client profile's Main Data tab, as they appear in the address. */
export type MainDataSubtab = 'identification' | 'system-account' | 'history';

export const mainDataSubtabs: readonly MainDataSubtab[] = ['identification', 'system-account', 'history'];

export function isMainDataSubtab(value: string | undefined): value is MainDataSubtab {
  return mainDataSubtabs.some((subtab) => subtab === value);
}

/** Where a client's profile opens: Main Data → Identification Data, or the subtab given. */
export function clientProfilePath(clientId: string, subtab: MainDataSubtab = 'identification'): string {
  return `/clients/${encodeURIComponent(clientId)}/main-data/${subtab}`;
}

/** A client's profile → Work: its projects, quotes and open requests. */
export function clientWorkPath(clientId: string): string {
  return `/clients/${encodeURIComponent(clientId)}/work`;
}
