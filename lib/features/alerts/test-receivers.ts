import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// Local receivers for the delivery tests: an HTTP server that records what it is sent and answers as
// told, and an SMTP server (the smtp-server package) that records each message.

export interface HttpReceiver {
  url: string;
  received: { path: string; body: string; headers: IncomingMessage['headers'] }[];
  /** How the next requests are answered; default 200 "ok". */
  answer: (res: ServerResponse) => void;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1:`port` (0: any free port). */
export async function startHttpReceiver(port = 0): Promise<HttpReceiver> {
  const receiver: Omit<HttpReceiver, 'url' | 'close'> = { received: [], answer: (res) => res.end('ok') };
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      receiver.received.push({ path: req.url ?? '', body, headers: req.headers });
      receiver.answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

export interface SmtpReceiver {
  port: number;
  messages: { from: string; to: string[]; data: string; user?: string }[];
  close(): Promise<void>;
}

/** An SMTP server on 127.0.0.1 without TLS that accepts any AUTH (user "alerts", password "s3cret") and records each message. */
export async function startSmtpReceiver(port = 0): Promise<SmtpReceiver> {
  const messages: SmtpReceiver['messages'] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'alerts' && auth.password === 's3cret') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      let data = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (data += chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        messages.push({
          from,
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
          user: typeof session.user === 'string' ? session.user : undefined,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const { port: bound } = server.server.address() as AddressInfo;
  return { port: bound, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
