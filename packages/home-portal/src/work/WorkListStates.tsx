/**
 * How many rows one page of a work list (and each "Load more") fetches; a client's Work tab asks for
 * the same, so both share their cached pages. The lists show their states through the kit's QueryStates.
 */
export const workListPageSize = 25;
