// The end-to-end tests' mail server, as a process of its own: the CMS's test SMTP server
// (smtp-server.mjs) on SMTP_SINK_PORT, and over HTTP on SMTP_SINK_HTTP_PORT what
// it received: GET /mails?to=<address> answers the messages to that address as JSON.
import http from 'node:http';
import { startSmtpServer } from './smtp-server.mjs';

const { mails } = await startSmtpServer(Number(process.env.SMTP_SINK_PORT));

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return res.end('ok');
    if (url.pathname !== '/mails') return res.writeHead(404).end();
    const to = url.searchParams.get('to');
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(mails.filter((mail) => !to || mail.to.includes(to))));
  })
  .listen(Number(process.env.SMTP_SINK_HTTP_PORT), '127.0.0.1');
