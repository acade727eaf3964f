import { useHasRight } from '../auth/useHasRight';

/**
 * Which parts of a project or request the staff member may read, as query variables: files and
 * feedback are areas with rights of their own, and the API refuses them to anyone without.
 */
export function useRecordParts(): { withFiles: boolean; withFeedback: boolean } {
  return { withFiles: useHasRight('FILES:BROWSE'), withFeedback: useHasRight('FEEDBACK:BROWSE') };
}
