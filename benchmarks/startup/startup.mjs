// Startup to the first answered call: starts a server process, calls library.v1.AuthorService/ListAuthors every
// 20 ms until one answers OK, and reports the time from the process's spawn to that answer. The plain library
// example and the Spring Boot example serve the same AuthorService (the generated AuthorJpaService), so the same
// call measures both. Rounds alternate between the servers, so both see the same machine load.
//   node startup.mjs <rounds> <plain-classpath-file> <spring-classpath-file>
// Prints one Markdown table; exits non-zero when a server does not answer within 120 s.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const client = path.join(root, 'examples', 'library', 'node-client');
const require = createRequire(path.join(client, 'package.json'));
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const [rounds, plainClasspath, springClasspath] = [Number(process.argv[2] || 5), process.argv[3], process.argv[4]];
const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
const definition = protoLoader.loadSync(['library/v1/author_service.proto'], {
  includeDirs: [path.join(root, 'examples', 'library', 'src', 'main', 'proto'),
    path.join(root, 'examples', 'library', 'vendor')],
  keepCase: true, longs: String, enums: String, defaults: true,
});
const { library } = grpc.loadPackageDefinition(definition);

const servers = {
  plain: (port) => ['-cp', readFileSync(plainClasspath, 'utf8').trim(), 'io.jpaproto.examples.library.LibraryApp',
    'serve', '--port', String(port)],
  'spring-boot': (port) => ['-cp', readFileSync(springClasspath, 'utf8').trim(),
    'io.jpaproto.examples.spring.LibraryApplication', `--spring.grpc.server.port=${port}`,
    '--spring.grpc.server.address=127.0.0.1'],
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function listAuthors(stub) {
  return new Promise((resolve) => {
    stub.ListAuthors({ page_size: 1 }, { deadline: new Date(Date.now() + 1000) },
      (error, response) => resolve(error ? null : response));
  });
}

async function measure(name) {
  const port = await freePort();
  let log = '';
  const started = process.hrtime.bigint();
  const server = spawn(java, servers[name](port), { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (chunk) => { log += chunk; });
  server.stderr.on('data', (chunk) => { log += chunk; });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const stub = new library.v1.AuthorService(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  try {
    while (true) {
      const response = await listAuthors(stub);
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      if (response && response.authors.length > 0) {
        return elapsed;
      }
      if (server.exitCode !== null) {
        throw new Error(`${name} exited (${server.exitCode}) before it answered:\n${log}`);
      }
      if (elapsed > 120_000) {
        throw new Error(`${name} did not answer within 120 s:\n${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    stub.close();
    server.kill('SIGTERM');
    await exited;
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const times = { plain: [], 'spring-boot': [] };
for (let round = 0; round < rounds; round++) {
  for (const name of Object.keys(times)) {
    times[name].push(await measure(name));
  }
}
const plain = median(times.plain);
console.log('| server | rounds | median (ms) | min (ms) | max (ms) | median / plain |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [name, values] of Object.entries(times)) {
  console.log(`| ${name} | ${values.length} | ${median(values).toFixed(0)} | ${Math.min(...values).toFixed(0)} | `
    + `${Math.max(...values).toFixed(0)} | ${(median(values) / plain).toFixed(2)}x |`);
}
