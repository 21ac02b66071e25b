// A real SMTP server for the tests (smtp-server): the CMS sends through nodemailer and the network
// as in production, and the server keeps every message it receives. The CMS suites start it in
// process; the website's end-to-end tests run it as a process of its own (apps/web/scripts/smtp-sink.mjs).
import { SMTPServer } from 'smtp-server';

/** On `port`, or a free one; a test may stop it and start another on the same port (SMTP back up). */
export async function startSmtpServer(port = 0) {
  const mails = [];
  const server = new SMTPServer({
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
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: server.server.address().port,
    mails,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
