// A real SMTP server for the end-to-end tests (smtp-server): the CMS sends its form emails here
// through nodemailer, as it would to any mail server. The tests read what arrived over HTTP:
// GET /mails?to=<address> answers the messages to that address as JSON ({ from, to, raw, at }).
// SMTP on SMTP_SINK_PORT, HTTP on SMTP_SINK_HTTP_PORT.
import http from 'node:http';
import { SMTPServer } from 'smtp-server';

const mails = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      mails.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((recipient) => recipient.address),
        raw: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      callback();
    });
  },
});
smtp.listen(Number(process.env.SMTP_SINK_PORT), '127.0.0.1');

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
