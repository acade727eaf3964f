import { aViewer, anImpersonation } from '../test-support/portalFixtures';
import { changeBlock } from './clientRights';

describe('what the person at the keyboard may change', () => {
  const quotesBrowseOnly = aViewer({ rights: [{ area: 'QUOTES', actions: ['BROWSE', 'DISPLAY'] }] });

  it('hides a change the client’s rights lack', () => {
    expect(changeBlock(quotesBrowseOnly, 'QUOTES', 'EDIT')).toEqual({ kind: 'NO_RIGHT' });
    expect(changeBlock(null, 'QUOTES', 'EDIT')).toEqual({ kind: 'NO_RIGHT' });
  });

  it('blocks every change in a read-only staff session, naming the staff member', () => {
    expect(changeBlock(aViewer({ impersonation: anImpersonation() }), 'REQUESTS', 'ADD')).toEqual({
      kind: 'READ_ONLY_SESSION',
      staffName: 'Anna Kowalska',
    });
  });

  it('allows changes the rights allow, also in a staff session with changes allowed', () => {
    expect(changeBlock(aViewer(), 'FEEDBACK', 'ADD')).toBeNull();
    expect(changeBlock(aViewer({ impersonation: anImpersonation({ allowChanges: true }) }), 'PROJECTS', 'EDIT')).toBeNull();
  });
});
