import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps every letter it receives, parsed. */
export interface TestMailbox {
  smtpUrl: string;
  letters: ParsedMail[];
  /** The next letter to `recipient` not yet taken, waiting up to 5 s for it. */
  nextLetterTo(recipient: string): Promise<ParsedMail>;
  stop(): Promise<void>;
}

/**
 * `replyAfterMs` makes the server slow to confirm a letter (per recipient): the letter is kept as
 * soon as it has arrived, as a real server would have it, while the sender still waits for the 250.
 */
export async function startTestMailbox(options: { replyAfterMs?: (recipient: string) => number } = {}): Promise<TestMailbox> {
  const letters: ParsedMail[] = [];
  const taken = new Set<ParsedMail>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      simpleParser(stream)
        .then((letter) => {
          letters.push(letter);
          const delay = options.replyAfterMs?.(session.envelope.rcptTo[0]?.address ?? '') ?? 0;
          if (delay) setTimeout(() => done(), delay).unref();
          else done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const addressedTo = (letter: ParsedMail, recipient: string) =>
    [letter.to].flat().some((to) => to?.value.some((address) => address.address?.toLowerCase() === recipient.toLowerCase()));

  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    letters,
    async nextLetterTo(recipient) {
      for (let waited = 0; waited < 5000; waited += 50) {
        const letter = letters.find((candidate) => !taken.has(candidate) && addressedTo(candidate, recipient));
        if (letter) {
          taken.add(letter);
          return letter;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`No letter to ${recipient} arrived`);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The secret of the first portal link in a letter (`...#token=abc` or `...#code=abc`). */
export function linkSecret(letter: ParsedMail): { path: string; secret: string } {
  const match = /(\/portal\/[a-z-]+)#(?:token|code)=([A-Za-z0-9_-]+)/.exec(letter.text ?? '');
  if (!match) throw new Error(`No link in letter: ${letter.text}`);
  return { path: match[1], secret: match[2] };
}
