import { visiblePages } from './navigation';

const paths = (rights: string[]) => {
  const pages = visiblePages(rights);
  return {
    topLevel: pages.topLevel.map((page) => page.to),
    sections: pages.sections.map((section) => section.pages.map((page) => page.to)),
  };
};

describe('the navbar', () => {
  it('offers the Outbox to staff who send letters and to portal administrators', () => {
    expect(paths(['CLIENTS:BROWSE', 'CLIENTS:EDIT']).topLevel).toEqual(['/clients', '/outbox']);
    expect(paths(['PORTAL_CONFIGURATION:DISPLAY']).topLevel).toEqual(['/outbox']);
    expect(paths(['CLIENTS:BROWSE', 'CLIENTS:DISPLAY']).topLevel).toEqual(['/clients']);
  });

  it('offers each work list to staff who may browse it, requests first as they wait for an answer', () => {
    expect(paths(['PROJECTS:BROWSE', 'QUOTES:BROWSE', 'CLIENT_REQUESTS:BROWSE', 'FEEDBACK:BROWSE']).topLevel).toEqual([
      '/requests',
      '/quotes',
      '/projects',
      '/feedback',
    ]);
    expect(paths(['PROJECTS:BROWSE', 'PROJECTS:CREATE', 'FEEDBACK:EDIT']).topLevel).toEqual(['/projects']);
    expect(paths(['CLIENTS:BROWSE', 'QUOTES:BROWSE']).topLevel).toEqual(['/clients', '/quotes']);
  });

  it('puts the logs under User Management and the Client Portal under Portals', () => {
    expect(paths(['USER_MANAGEMENT:BROWSE', 'PORTAL_CONFIGURATION:DISPLAY', 'CLIENT_GROUPS:BROWSE']).sections).toEqual([
      ['/configuration/users', '/configuration/user-groups', '/configuration/sign-in-as-partner-log', '/configuration/audit-log'],
      ['/configuration/client-portal', '/configuration/client-groups', '/configuration/password-policies'],
    ]);
    expect(paths(['PORTAL_CONFIGURATION:DISPLAY']).sections).toEqual([
      ['/configuration/sign-in-as-partner-log', '/configuration/audit-log'],
      ['/configuration/client-portal', '/configuration/password-policies'],
    ]);
  });
});
