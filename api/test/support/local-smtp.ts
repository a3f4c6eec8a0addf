import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string[];
  subject: string | undefined;
  messageId: string | undefined;
  raw: string;
}

/** A real SMTP server on loopback that the test starts and stops like an outage. */
export class LocalSmtp {
  received: Received[] = [];
  /** SMTP connections opened by clients since the start. */
  connections = 0;
  /** Called when a message starts arriving (before `delayMs`). */
  onMessage: () => void = () => undefined;
  /** Runs once a message is fully received, before the server answers 250 (accepted). */
  beforeAccept: () => Promise<void> = async () => undefined;
  private server: SMTPServer | undefined;

  constructor(
    readonly port: number,
    private readonly delayMs = 0,
  ) {}

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // An outage: pooled client connections are cut (421) rather than waited for.
      closeTimeout: 100,
      onConnect: (_session, callback) => {
        this.connections += 1;
        callback();
      },
      onData: (stream, session, callback) => {
        this.onMessage();
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString();
          setTimeout(() => {
            this.received.push({ to: session.envelope.rcptTo.map((address) => address.address), subject: subjectOf(raw), messageId: headerOf(raw, 'message-id'), raw });
            this.beforeAccept().then(() => callback(), callback);
          }, this.delayMs);
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}

/** The Subject header of a raw message (unfolded; our test subjects are ASCII, so not encoded). */
function subjectOf(raw: string): string | undefined {
  return headerOf(raw, 'subject');
}

function headerOf(raw: string, name: string): string | undefined {
  const headers = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1]?.trim();
}

