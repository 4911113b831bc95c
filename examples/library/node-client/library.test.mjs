// Calls the Java library server from Node.js with the .proto files jpaproto generated, loaded as they are.
// LIBRARY_ADDRESS (host:port of a running server) and GOOGLE_TYPE_PROTOS (a folder holding google/type/*.proto)
// come from run-against-server.sh.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';

const here = path.dirname(fileURLToPath(import.meta.url));
const address = process.env.LIBRARY_ADDRESS;
assert.ok(address, 'set LIBRARY_ADDRESS to the server, e.g. 127.0.0.1:50051');

const definition = protoLoader.loadSync('library/v1/library_service.proto', {
  includeDirs: [path.join(here, '..', 'src', 'main', 'proto'), process.env.GOOGLE_TYPE_PROTOS],
  keepCase: true,
  longs: String, // int64 values above 2^53 stay exact
  enums: String,
  defaults: true,
});
const { library } = grpc.loadPackageDefinition(definition);
const client = new library.v1.LibraryService(address, grpc.credentials.createInsecure());

const call = (method, request) =>
  new Promise((resolve, reject) =>
    client[method](request, (error, response) => (error ? reject(error) : resolve(response))));

test('create, get and list a book through the generated schema', async () => {
  const { author } = await call('CreateAuthor', { author: { name: 'Octavia E. Butler' } });
  assert.match(author.id, /^\d+$/);

  const { book: created } = await call('CreateBook', {
    book: {
      title: 'Kindred',
      genre: 'GENRE_FICTION',
      price: '9.99',
      copies_sold: '9007199254740993', // 2^53 + 1: a JavaScript number would round it
      author_id: author.id,
      subjects: ['history', 'time travel'],
    },
  });
  assert.equal(created.copies_sold, '9007199254740993');
  assert.equal(created.price, '9.99');
  assert.equal(created.author_id, author.id);

  const { book: fetched } = await call('GetBook', { id: created.id });
  assert.equal(fetched.title, 'Kindred');
  assert.equal(fetched.genre, 'GENRE_FICTION');
  assert.equal(fetched.copies_sold, '9007199254740993');
  assert.deepEqual(fetched.subjects, ['history', 'time travel']);
  assert.match(fetched.public_id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

  const ids = [];
  let page_token = '';
  do {
    const page = await call('ListBooks', { page_size: 2, page_token });
    ids.push(...page.books.map((book) => book.id));
    page_token = page.next_page_token;
  } while (page_token !== '');
  assert.ok(ids.includes(created.id), `list should contain book ${created.id}: ${ids}`);
});

test('errors arrive as gRPC statuses', async () => {
  await assert.rejects(call('GetBook', { id: '999999999' }), (error) => error.code === grpc.status.NOT_FOUND);
});

test.after(() => client.close());
