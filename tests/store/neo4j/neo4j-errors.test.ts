import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toConnectError, toQueryError, toStoreError } from '../../../store/neo4j/neo4j-errors.ts';

const target = { uri: 'bolt://localhost:7687', user: 'neo4j', database: 'neo4j' };
const serverError = (code: string, message = 'server says no', gqlStatus = '50N42') =>
  new neo4j.Neo4jError(message, code, gqlStatus, 'error: general processing exception');

describe('toQueryError', () => {
  it.each([
    ['Neo.ClientError.Statement.SyntaxError', 'CYPHER_INVALID', 400],
    ['Neo.ClientError.Statement.AccessMode', 'CYPHER_WRITE_REFUSED', 400],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'CYPHER_TIMEOUT', 400],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'CYPHER_TIMEOUT', 400],
    [neo4j.error.SERVICE_UNAVAILABLE, 'STORE_UNAVAILABLE', 503],
    [neo4j.error.SESSION_EXPIRED, 'STORE_UNAVAILABLE', 503],
  ])('maps the server code %s to %s', (code, expected, status) => {
    expect(toQueryError(serverError(code), target)).toMatchObject({ code: expected, status });
  });

  it("passes the server's syntax message on, without a stack", () => {
    const error = toQueryError(serverError('Neo.ClientError.Statement.SyntaxError', "Invalid input 'RETURN'\n"), target);
    expect(error).toMatchObject({ message: "Invalid input 'RETURN'" });
  });

  it('refuses a write by its GQL status even without the old code', () => {
    expect(toQueryError(serverError('Neo.ClientError.Statement.Unknown', 'x', '42N02'), target)).toMatchObject({
      code: 'CYPHER_WRITE_REFUSED',
    });
  });
});

describe('toStoreError and toConnectError', () => {
  it('leaves a failure of the app\'s own query as it is, unless Neo4j is unreachable', () => {
    const bug = serverError('Neo.ClientError.Statement.SyntaxError');
    expect(toStoreError(bug, target)).toBe(bug);
    expect(toStoreError(serverError(neo4j.error.SERVICE_UNAVAILABLE), target)).toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  it('names NEO4J_USER and NEO4J_PASSWORD when the server refuses the login', () => {
    const error = toConnectError(serverError('Neo.ClientError.Security.Unauthorized', 'The client is unauthorized'), target);
    expect(error.message).toMatch(/refused user "neo4j".*NEO4J_USER and NEO4J_PASSWORD/);
  });

  it('says the schema could not be set up when the server answers with another error at start', () => {
    const error = toConnectError(serverError('Neo.ClientError.Schema.IndexAlreadyExists', 'There already exists an index'), target);
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('constraints and indexes (There already exists an index)') });
  });

  it('names NEO4J_DATABASE when the database does not exist', () => {
    expect(toConnectError(serverError('Neo.ClientError.Database.DatabaseNotFound'), target).message).toContain('NEO4J_DATABASE');
  });
});
