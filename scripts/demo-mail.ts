import { SMTPServer } from 'smtp-server';

// `npm run demo:mail`: a local SMTP server (the smtp-server package) that prints every e-mail it is
// sent, to watch the dashboard's alerts arrive by mail (README, "Alerts"). Add an e-mail channel on
// /alerts with the SMTP URL it prints. No TLS, no sign-in, loopback only: a demo, not a mail server.
// DEMO_MAIL_PORT picks the port (default 2525).

const port = Number(process.env.DEMO_MAIL_PORT ?? 2525);

const server = new SMTPServer({
  secure: false,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 1_000_000,
  onData(stream, session, callback) {
    let data = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => (data += chunk));
    stream.on('end', () => {
      const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
      console.log(`\n${new Date().toISOString()} mail to ${to}\n${data}`);
      callback();
    });
  },
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Demo mail receiver: add an e-mail channel on /alerts with the SMTP URL smtp://127.0.0.1:${port} (Ctrl+C stops it).`);
});
