import { splitTextLinks } from './textLinks';

describe("links in a letter's plain text", () => {
  it("finds web addresses and leaves the sentence's punctuation outside them", () => {
    expect(
      splitTextLinks('Set it here: https://x.example/portal/welcome#token=a-b_c. Then sign in at http://x.example/portal/, thanks'),
    ).toEqual([
      { text: 'Set it here: ' },
      { text: 'https://x.example/portal/welcome#token=a-b_c', href: 'https://x.example/portal/welcome#token=a-b_c' },
      { text: '. Then sign in at ' },
      { text: 'http://x.example/portal/', href: 'http://x.example/portal/' },
      { text: ', thanks' },
    ]);
  });

  it('leaves text without addresses whole, and ignores other schemes', () => {
    expect(splitTextLinks('No link, not even javascript:alert(1) or ftp://x')).toEqual([
      { text: 'No link, not even javascript:alert(1) or ftp://x' },
    ]);
  });
});
