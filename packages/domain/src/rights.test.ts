import { clientPortalRightsOffered, normalizeRowRights, staffRightsOffered, toggleRowRight } from './rights';

describe('rights grids', () => {
  const projects = clientPortalRightsOffered.PROJECTS;

  it('stores only offered rights, in the offered order, with what Edit and Delete imply', () => {
    expect(normalizeRowRights(projects, ['EDIT', 'DELETE', 'ADD'])).toEqual(['BROWSE', 'DISPLAY', 'EDIT']);
    expect(normalizeRowRights(clientPortalRightsOffered.PROFILE, ['EDIT'])).toEqual(['DISPLAY', 'EDIT']);
    expect(normalizeRowRights(staffRightsOffered.CLIENT_GROUPS, ['DELETE'])).toEqual(['BROWSE', 'DELETE']);
    expect(normalizeRowRights(staffRightsOffered.CLIENTS, ['EXPORT', 'BROWSE', 'BROWSE'])).toEqual(['BROWSE']);
  });

  it('ticks Display and Browse with Edit, and unticks Edit and Delete with Browse or Display', () => {
    expect(toggleRowRight(projects, [], 'EDIT', true)).toEqual(['BROWSE', 'DISPLAY', 'EDIT']);
    expect(toggleRowRight(projects, ['BROWSE', 'DISPLAY', 'EDIT'], 'DISPLAY', false)).toEqual(['BROWSE']);
    expect(toggleRowRight(staffRightsOffered.CLIENTS, ['BROWSE', 'DISPLAY', 'CREATE', 'EDIT', 'DELETE'], 'BROWSE', false)).toEqual([
      'DISPLAY',
      'CREATE',
    ]);
    expect(toggleRowRight(projects, ['BROWSE', 'DISPLAY', 'EDIT'], 'EDIT', false)).toEqual(['BROWSE', 'DISPLAY']);
  });
});
