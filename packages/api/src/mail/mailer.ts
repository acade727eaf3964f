import nodemailer, { type Transporter } from 'nodemailer';
import type { PorticoConfig } from '../config';

/** Sends letters over SMTP, or does nothing when no SMTP server is configured. */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(private readonly config: Pick<PorticoConfig, 'smtpUrl' | 'mailFrom'>) {
    this.transport = config.smtpUrl
      ? nodemailer.createTransport({
          url: config.smtpUrl,
          // A dead SMTP server must not keep a staff member waiting for minutes.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        } as Parameters<typeof nodemailer.createTransport>[0])
      : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  async send(letter: { recipient: string; subject: string; textBody: string; htmlBody: string }): Promise<void> {
    if (!this.transport) throw new Error('No SMTP server is configured');
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: letter.recipient,
      subject: letter.subject,
      text: letter.textBody,
      html: letter.htmlBody,
    });
  }

  close(): void {
    this.transport?.close();
  }
}
