// Calls the Java library server from Node.js with the .proto files as they are in ../src/main/proto (model.proto and
// author_service.proto, which jpaproto generated, and the hand-written library_service.proto).
//   LIBRARY_ADDRESS     host:port of a running server (run-against-server.sh starts one and sets it)
//   LIBRARY_PROTOS      the folder holding library/v1/*.proto; defaults to ../src/main/proto (the Spring Boot example's
//                       run-node-client.sh points it at that example's own protos: the same schema, its own build)
//   IMPORT_PROTOS       a folder holding the protos those import: google/type/*.proto, google/api/*.proto and
//                       buf/validate/validate.proto; defaults to ../vendor, the copy buf uses
// google/protobuf/*.proto (Timestamp, FieldMask) come with protobufjs, which proto-loader always searches.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';

const here = path.dirname(fileURLToPath(import.meta.url));
const address = process.env.LIBRARY_ADDRESS;
assert.ok(address, 'set LIBRARY_ADDRESS to a running server, e.g. 127.0.0.1:50051 (run-against-server.sh does)');

const ABOVE_2_POW_53 = '9007199254740993'; // 2^53 + 1: Number('9007199254740993') is 9007199254740992

const definition = protoLoader.loadSync(['library/v1/library_service.proto', 'library/v1/author_service.proto'], {
  includeDirs: [
    process.env.LIBRARY_PROTOS || path.join(here, '..', 'src', 'main', 'proto'),
    process.env.IMPORT_PROTOS || path.join(here, '..', 'vendor'),
  ],
  keepCase: true, // field names as in the .proto: copies_sold, not copiesSold
  longs: String, // int64 as decimal strings, so values above 2^53 stay exact
  enums: String,
  defaults: true,
});
const { library } = grpc.loadPackageDefinition(definition);
const client = new library.v1.LibraryService(address, grpc.credentials.createInsecure());
// The service jpaproto generated for the Author entity (@ProtoService), served by the generated AuthorJpaService.
const authorClient = new library.v1.AuthorService(address, grpc.credentials.createInsecure());
after(() => {
  client.close();
  authorClient.close();
});

const callOn = (stub, method, request) =>
  new Promise((resolve, reject) => {
    const deadline = new Date(Date.now() + 30_000);
    stub[method](request, { deadline }, (error, response) => (error ? reject(error) : resolve(response)));
  });
const call = (method, request) => callOn(client, method, request);

async function listAll(method, field, stub = client) {
  const items = [];
  let page_token = '';
  do {
    const page = await callOn(stub, method, { page_size: 2, page_token });
    items.push(...page[field]);
    page_token = page.next_page_token;
  } while (page_token !== '');
  return items;
}

test('the seeded book with a counter above 2^53 reads back exactly', async () => {
  const books = await listAll('ListBooks', 'books');
  const dispossessed = books.find((book) => book.title === 'The Dispossessed');
  assert.ok(dispossessed, `the seeded catalogue has The Dispossessed: ${books.map((b) => b.title)}`);
  assert.equal(dispossessed.copies_sold, ABOVE_2_POW_53);
  assert.equal(dispossessed.price, '15.99'); // a BigDecimal as exact decimal text
  assert.deepEqual(dispossessed.published_on, { year: 1974, month: 5, day: 1 }); // google.type.Date
  assert.equal(dispossessed.genre, 'GENRE_FICTION');
  assert.equal(typeof dispossessed.added_at.seconds, 'string'); // google.protobuf.Timestamp, int64 seconds
});

test('create, get, list and update a book through the generated schema', async () => {
  const authors = await listAll('ListAuthors', 'authors', authorClient);
  const butler = authors.find((author) => author.name === 'Octavia E. Butler');
  assert.ok(butler, `the seeded authors include Octavia E. Butler: ${authors.map((a) => a.name)}`);
  assert.match(butler.id, /^\d+$/);

  const { book: created } = await call('CreateBook', {
    book: {
      title: 'Parable of the Sower',
      genre: 'GENRE_FICTION',
      price: '17.25',
      copies_sold: ABOVE_2_POW_53,
      published_on: { year: 1993, month: 10, day: 1 },
      author_id: butler.id,
      subjects: ['dystopia', 'climate'],
    },
  });
  assert.match(created.id, /^\d+$/);
  assert.equal(created.copies_sold, ABOVE_2_POW_53);
  assert.equal(created.price, '17.25');
  assert.equal(created.author_id, butler.id);
  assert.match(created.public_id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

  const { book: fetched } = await call('GetBook', { id: created.id });
  assert.deepEqual(fetched, created);

  const ids = (await listAll('ListBooks', 'books')).map((book) => book.id);
  assert.ok(ids.includes(created.id), `the list holds book ${created.id}: ${ids}`);
  assert.deepEqual(ids, [...ids].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1)), 'listed by id');

  const { book: updated } = await call('UpdateBook', {
    book: { id: created.id, price: '18.00', title: 'not in the mask' },
    update_mask: { paths: ['price'] },
  });
  assert.equal(updated.price, '18.00');
  assert.equal(updated.title, 'Parable of the Sower');
  assert.equal(updated.version, String(Number(created.version) + 1));
});

test('errors arrive as gRPC statuses', async () => {
  await assert.rejects(call('GetBook', { id: '999999999' }), (error) => error.code === grpc.status.NOT_FOUND);
  await assert.rejects(
    call('CreateBook', { book: { title: 'Bad price', author_id: '1', price: '12,50' } }),
    (error) => error.code === grpc.status.INVALID_ARGUMENT && /price/.test(error.details),
  );
});
