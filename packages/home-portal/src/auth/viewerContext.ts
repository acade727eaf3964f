import { createContext, useContext } from 'react';
import type { ViewerFieldsFragment } from './viewer.generated';

export type Viewer = ViewerFieldsFragment;

/** The signed-in staff member; provided by AuthGate to everything behind the sign-in page. */
export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in staff member. Only for components rendered behind AuthGate. */
export function useSignedInViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useSignedInViewer is used outside AuthGate');
  return viewer;
}
