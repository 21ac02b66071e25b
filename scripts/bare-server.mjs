// The ceiling a benchmark compares with: a bare Node http server, in its own process, that answers
// every request with the very same bytes and headers as the real one. Returns its URL and a stop.
import { spawn } from 'node:child_process';

export async function bareServer(body, headers) {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const body = Buffer.from(process.argv[1], 'base64'); const headers = JSON.parse(process.argv[2]);
       require('node:http').createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(200, headers); res.end(body); }); })
         .listen(0, '127.0.0.1', function () { console.log(this.address().port); });`,
      body.toString('base64'),
      JSON.stringify({ ...headers, 'content-length': String(body.length) }),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise((resolve) => child.stdout.once('data', (chunk) => resolve(Number(chunk.toString()))));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
