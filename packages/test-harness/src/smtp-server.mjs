// A real SMTP server for the tests (smtp-server): the CMS sends through nodemailer and the network
// as in production, and the server keeps every message it receives. The CMS suites start it in
// process; the website's end-to-end tests run it as a process of its own (apps/web/scripts/smtp-sink.mjs).
import { SMTPServer } from 'smtp-server';

/**
 * On `port`, or a free one; a test may stop it and start another on the same port (SMTP back up).
 * `holdReplies()` keeps every message waiting for the server's "250 accepted" until
 * `releaseReplies()`: as with any SMTP server, a message whose sender hung up before that reply
 * was not delivered, and is not kept.
 */
export async function startSmtpServer(port = 0) {
  const mails = [];
  const closed = new Set();
  let held = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString('utf8'),
          at: Date.now(),
        };
        const accept = () => {
          if (closed.has(session.id)) return;
          mail.at = Date.now();
          mails.push(mail);
          callback();
        };
        if (held) held.push(accept);
        else accept();
      });
    },
  });
  // A sender that dies mid-conversation resets its connection: its message is lost, not the server.
  server.on('error', () => {});
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: server.server.address().port,
    mails,
    holdReplies() {
      held ??= [];
    },
    releaseReplies() {
      const waiting = held ?? [];
      held = null;
      for (const accept of waiting) accept();
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
