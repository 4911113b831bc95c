// The cross-language proof of the buf.validate rules jpaproto writes into the entity protos: every case of
// ../src/test/resources/validation-cases.json (shared with the Java test ValidationCasesTest) is checked twice,
//   - here, with @bufbuild/protovalidate against the messages generated from the example's protos (npm run generate:
//     buf and protoc-gen-es, into gen/, as the web page generates its TypeScript), and
//   - by the running Java server, which gets the same message as the body of the case's HTTP/JSON create route and
//     answers OK or INVALID_ARGUMENT with a google.rpc.BadRequest (protovalidate-java behind the generated service),
// and both verdicts must be the case's: valid, or the same violations (field path from the request, rule id).
//   LIBRARY_URL   the server's root, such as http://127.0.0.1:50051 (run-against-server.sh sets it)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createRegistry, fromJson } from '@bufbuild/protobuf';
import { pathToString } from '@bufbuild/protobuf/reflect';
import { createValidator } from '@bufbuild/protovalidate';
import { file_library_v1_model } from './gen/library/v1/model_pb.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const url = process.env.LIBRARY_URL;
assert.ok(url, 'set LIBRARY_URL to a running server, e.g. http://127.0.0.1:50051 (run-against-server.sh does)');

const { cases } = JSON.parse(
  readFileSync(path.join(here, '..', 'src', 'test', 'resources', 'validation-cases.json'), 'utf8'));
const registry = createRegistry(file_library_v1_model);
const validator = createValidator();

/** The violations protovalidate-es finds, as "field reason" lines with the request's field in front. */
function nodeVerdict(testCase) {
  const schema = registry.getMessage(testCase.type);
  assert.ok(schema, `${testCase.type} is not in the generated model_pb.js`);
  const result = validator.validate(schema, fromJson(schema, testCase.message, { registry }));
  assert.notEqual(result.kind, 'error', `protovalidate-es could not check ${testCase.name}: ${result.error}`);
  if (result.kind === 'valid') {
    return [];
  }
  return result.violations.map((violation) => {
    const field = pathToString(violation.field);
    return `${field ? `${testCase.field}.${field}` : testCase.field} ${violation.ruleId}`;
  });
}

/**
 * The violations the Java server answers for the same message, as "field reason" lines; a message it accepts is
 * created, and deleted again so the other clients see the seed data only.
 */
async function serverVerdict(testCase) {
  const response = await fetch(url + testCase.route, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(testCase.message),
  });
  const body = await response.json();
  if (response.ok) {
    const created = body[testCase.field];
    assert.ok(created?.id, `the server created no ${testCase.field}: ${JSON.stringify(body)}`);
    const deleted = await fetch(`${url}${testCase.route}/${created.id}`, { method: 'DELETE' });
    assert.equal(deleted.status, 200, await deleted.text());
    return [];
  }
  assert.equal(response.status, 400, JSON.stringify(body));
  assert.equal(body.code, 3, `INVALID_ARGUMENT expected: ${JSON.stringify(body)}`);
  const badRequest = (body.details ?? []).find((detail) => detail['@type'] === 'type.googleapis.com/google.rpc.BadRequest');
  assert.ok(badRequest, `no google.rpc.BadRequest in the server's answer: ${JSON.stringify(body)}`);
  return badRequest.fieldViolations.map((violation) => `${violation.field} ${violation.reason}`);
}

test('the cases cover valid and invalid messages of every type', () => {
  assert.ok(cases.some((c) => c.violations.length === 0), 'no valid case');
  assert.ok(cases.some((c) => c.violations.length > 1), 'no case with several violations');
  assert.ok(new Set(cases.map((c) => c.type)).size > 1, 'one message type only');
});

for (const testCase of cases) {
  test(`${testCase.type}: ${testCase.name}`, async () => {
    const expected = testCase.violations.map((v) => `${v.field} ${v.reason}`);
    assert.deepEqual(nodeVerdict(testCase), expected, '@bufbuild/protovalidate (Node.js)');
    assert.deepEqual(await serverVerdict(testCase), expected, 'the Java server (protovalidate-java)');
  });
}
