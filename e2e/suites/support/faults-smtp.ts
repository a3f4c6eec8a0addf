import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  messageId: string | undefined;
  recipients: string[];
  subject: string | undefined;
}

/**
 * A real SMTP server on a fixed port that the suite stops and starts again: while it is down
 * the port refuses connections (as a mail server that crashed). Every accepted message is kept
 * with its Message-ID and envelope recipients, to count deliveries. `delayMs` holds each
 * message before accepting it, so that sending takes long enough to be interrupted.
 */
export class TestMailServer {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | undefined;

  constructor(
    readonly port: number,
    public delayMs = 0,
  ) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // Stopping must drop the connections the application's pool holds, at once.
      closeTimeout: 100,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const message = Buffer.concat(chunks).toString('utf8');
          const headers = message.split(/\r?\n\r?\n/, 1)[0]!.replace(/\r?\n[ \t]+/g, ' ');
          const finish = () => {
            this.received.push({
              messageId: /^message-id:\s*(.+)$/im.exec(headers)?.[1]?.trim(),
              recipients: session.envelope.rcptTo.map((address) => address.address.toLowerCase()),
              subject: /^subject:\s*(.+)$/im.exec(headers)?.[1]?.trim(),
            });
            callback();
          };
          if (this.delayMs) setTimeout(finish, this.delayMs);
          else finish();
        });
      },
    });
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(this.port, '127.0.0.1', () => done());
    });
    server.on('error', () => undefined);
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((done) => server.close(() => done()));
  }

  /** How many times each Message-ID and each recipient was delivered. */
  counts(): { byMessageId: Map<string, number>; byRecipient: Map<string, number> } {
    const byMessageId = new Map<string, number>();
    const byRecipient = new Map<string, number>();
    for (const mail of this.received) {
      if (mail.messageId) byMessageId.set(mail.messageId, (byMessageId.get(mail.messageId) ?? 0) + 1);
      for (const recipient of mail.recipients) byRecipient.set(recipient, (byRecipient.get(recipient) ?? 0) + 1);
    }
    return { byMessageId, byRecipient };
  }
}
