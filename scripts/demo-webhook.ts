import { createServer } from 'node:http';

// `npm run demo:webhook`: a local webhook receiver that prints every notification it is sent, to
// watch the dashboard's alerts arrive (README, "Alerts"). Add a webhook channel on /alerts with the
// URL it prints. Answers 200 to every POST; DEMO_WEBHOOK_PORT picks the port (default 4545).

const port = Number(process.env.DEMO_WEBHOOK_PORT ?? 4545);
const MAX_BODY = 1_000_000;

const server = createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => {
    body += chunk;
    if (body.length > MAX_BODY) req.destroy();
  });
  req.on('end', () => {
    let shown = body;
    try {
      shown = JSON.stringify(JSON.parse(body), null, 2);
    } catch {
      // Not JSON: printed as it came.
    }
    console.log(`\n${new Date().toISOString()} ${req.method} ${req.url}\n${shown}`);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('received');
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Demo webhook receiver: add a webhook channel on /alerts with the URL http://127.0.0.1:${port}/alerts (Ctrl+C stops it).`);
});
