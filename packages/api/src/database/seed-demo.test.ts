import { startTestApp, type TestApp } from '../test-support/test-app';
import { DEMO_CLIENT_PASSWORD } from './seed-demo';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp({ DEMO_MODE: 'true' });
});
afterAll(() => test.stop());

describe('demo mode', () => {
  it('seeds staff, groups and clients that cover every access situation, once', async () => {
    const admin = test.anonymous();
    await admin.data('mutation { signIn(username: "admin", password: "admin") { id } }');
    const { clients } = await admin.data(
      '{ clients(first: 100) { totalCount nodes { username effectiveAccess { canSignIn deniedReasons } partnerAliases { tool } } } }',
    );
    expect(clients.totalCount).toBe(12);
    const reasons = new Set(clients.nodes.flatMap((client: any) => client.effectiveAccess.deniedReasons));
    expect([...reasons].sort()).toEqual(['GROUP_DENIES_ACCESS', 'PORTAL_ACCESS_NOT_ALLOWED', 'STATUS_DENIES_ACCESS']);
    expect(clients.nodes.some((client: any) => client.partnerAliases.length > 1)).toBe(true);

    const { userGroups } = await admin.data('{ userGroups { name specialRights } }');
    expect(userGroups.map((group: any) => group.name).sort()).toEqual(['Account Managers', 'Administrators', 'Project Managers']);
    const anna = test.anonymous();
    await anna.data('mutation { signIn(username: "anna", password: "admin") { id } }');
    const { clients: annasView } = await anna.data('{ clients(first: 20) { nodes { username canSignInAsPartner } } }');
    expect(annasView.nodes.find((client: any) => client.username === 'ACME').canSignInAsPartner).toBe(true);
  });

  it("lets a demo client sign in to Client Portal 2.0, which is enabled with the agency's branding", async () => {
    expect((await test.anonymous().data('{ clientPortalBranding { available portalName } }')).clientPortalBranding).toEqual({
      available: true,
      portalName: 'Polyglot Partners Client Portal',
    });
    const { clientSignIn } = await test
      .anonymous()
      .data('mutation($p: String!) { clientSignIn(username: "acme", password: $p) { username preferredLanguage } }', {
        p: DEMO_CLIENT_PASSWORD,
      });
    expect(clientSignIn).toEqual({ username: 'ACME', preferredLanguage: 'DE' });
  });
});

describe('demo work records', () => {
  it('give the demo clients projects in several statuses, quotes to decide, a request and answered feedback', async () => {
    const portal = test.anonymous();
    await portal.data('mutation($p: String!) { clientSignIn(username: "ACME", password: $p) { username } }', { p: DEMO_CLIENT_PASSWORD });
    const { myProjects, clientDashboard } = await portal.data(
      '{ myProjects { status catTool history { status } } clientDashboard { quotesToDecide { id } openRequests { id } answeredFeedback { answer } } }',
    );
    expect(new Set(myProjects.map((project: any) => project.status))).toEqual(new Set(['DELIVERED', 'IN_PROGRESS', 'CLOSED']));
    expect(myProjects.some((project: any) => project.catTool === 'PHRASE' && project.status === 'DELIVERED')).toBe(true);
    expect(myProjects.every((project: any) => project.history.length > 0)).toBe(true);
    expect(clientDashboard.quotesToDecide).toHaveLength(1);
    expect(clientDashboard.openRequests).toHaveLength(1);
    expect(clientDashboard.answeredFeedback).toEqual([{ answer: 'Vielen Dank für das Lob!' }]);

    const { myFiles } = await portal.data('{ myFiles(role: TARGET) { fileName downloadUrl attachedTo { name } } }');
    expect(myFiles.map((file: any) => file.fileName)).toContain('Packungsbeilage_Cardiolex_20_mg_fr-FR.txt');
    const download = await fetch(`${test.app.url}${myFiles[0].downloadUrl}`, { headers: { cookie: portal.cookieHeader() } });
    const text = await download.text();
    expect(text).toContain(myFiles[0].attachedTo.name);
    expect(text).toMatch(/^P-\d{5} /);
  });

  it('show each list date as its history does: a quote sent before it expired, a request submitted when its history says', async () => {
    const portal = test.anonymous();
    await portal.data('mutation($p: String!) { clientSignIn(username: "ATLAS", password: $p) { username } }', { p: DEMO_CLIENT_PASSWORD });
    const { myQuotes, myRequests } = await portal.data(
      '{ myQuotes { status sentAt validUntil history { event occurredAt } } myRequests { submittedAt history { event occurredAt } } }',
    );
    const sameDay = (a: string, b: string) => Math.abs(new Date(a).getTime() - new Date(b).getTime()) < 60_000;
    for (const quote of myQuotes) {
      expect(sameDay(quote.sentAt, quote.history.find((entry: any) => entry.event === 'CREATED').occurredAt)).toBe(true);
      expect(new Date(quote.sentAt).getTime()).toBeLessThan(new Date(quote.validUntil).getTime());
    }
    expect(myQuotes.find((quote: any) => quote.status === 'EXPIRED').history.at(-1).event).toBe('EXPIRED');
    for (const request of myRequests)
      expect(sameDay(request.submittedAt, request.history.find((entry: any) => entry.event === 'SUBMITTED').occurredAt)).toBe(true);
  });

  it('give staff work to do for several clients: requests to answer and feedback to reply to', async () => {
    const anna = test.anonymous();
    await anna.data('mutation { signIn(username: "anna", password: "admin") { id } }');
    const { clientRequests, feedbackList, projects } = await anna.data(
      '{ clientRequests(status: SUBMITTED) { clientName } feedbackList(unansweredOnly: true) { clientName } projects(first: 100) { clientName } }',
    );
    expect(clientRequests.map((request: any) => request.clientName).sort()).toEqual([
      'Acme Pharmaceuticals GmbH',
      'Atlas Logistics Inc.',
      'Lumière Cosmétiques SA',
    ]);
    expect(feedbackList).toHaveLength(2);
    expect(new Set(projects.map((project: any) => project.clientName)).size).toBeGreaterThanOrEqual(6);
  });
});
