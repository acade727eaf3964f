import { randomBytes } from 'node:crypto';
import os from 'node:os';
import nodemailer, { type Transporter } from 'nodemailer';
import type { PorticoConfig } from '../config';

/** Sends letters over SMTP, or does nothing when no SMTP server is configured. */
export class Mailer {
  private readonly transport: Transporter | null;
  /** Identifies this process as a sender, so a claimed letter can be traced to who sends it. */
  readonly senderId = `${os.hostname().slice(0, 40)}-${process.pid}-${randomBytes(4).toString('hex')}`;
  /** The longest one hand-over to SMTP may take before it counts as failed. */
  readonly sendTimeoutMs: number;
  private readonly sending = new Map<number, Promise<unknown>>();
  private closing = false;

  constructor(private readonly config: Pick<PorticoConfig, 'smtpUrl' | 'mailFrom'> & Partial<Pick<PorticoConfig, 'mailSendTimeoutMs'>>) {
    this.sendTimeoutMs = config.mailSendTimeoutMs ?? 60_000;
    this.transport = config.smtpUrl
      ? nodemailer.createTransport({
          url: config.smtpUrl,
          // A dead SMTP server must not keep a staff member waiting for minutes.
          connectionTimeout: Math.min(10_000, this.sendTimeoutMs / 3),
          greetingTimeout: Math.min(10_000, this.sendTimeoutMs / 3),
          socketTimeout: Math.min(20_000, this.sendTimeoutMs / 2),
        } as Parameters<typeof nodemailer.createTransport>[0])
      : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  /** False once the process is shutting down: letters claimed from now on go back to the outbox unsent. */
  get accepting(): boolean {
    return !this.closing;
  }

  /**
   * The Message-ID of a letter, the same at every attempt: should a letter go out twice (its sender
   * died after the SMTP server took it, before the outbox recorded that), receiving mail systems
   * recognise the second copy by it.
   */
  messageIdOf(letter: { id: number; createdAt: Date }): string {
    const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(this.config.mailFrom)?.[1] ?? 'portico.invalid';
    return `<outbox-${letter.id}.${letter.createdAt.getTime().toString(36)}@${domain}>`;
  }

  async send(letter: { recipient: string; subject: string; textBody: string; htmlBody: string; messageId: string }): Promise<void> {
    if (!this.transport) throw new Error('No SMTP server is configured');
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`The SMTP server did not confirm the letter within ${this.sendTimeoutMs / 1000} s`)),
        this.sendTimeoutMs,
      );
    });
    try {
      await Promise.race([
        this.transport.sendMail({
          from: this.config.mailFrom,
          to: letter.recipient,
          subject: letter.subject,
          text: letter.textBody,
          html: letter.htmlBody,
          messageId: letter.messageId,
        }),
        deadline,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs the sending of one claimed letter so that a shutdown can wait for it to finish. */
  async track<T>(letterId: number, work: () => Promise<T>): Promise<T> {
    const running = work();
    this.sending.set(letterId, running);
    try {
      return await running;
    } finally {
      this.sending.delete(letterId);
    }
  }

  /**
   * Takes no more letters and waits, up to `timeoutMs`, for the ones being sent to finish. Returns
   * the ids of letters still being sent when the time ran out.
   */
  async close(timeoutMs = 0): Promise<number[]> {
    this.closing = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.sending.values()]),
      new Promise((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    const unfinished = [...this.sending.keys()];
    this.transport?.close();
    return unfinished;
  }
}
