import neo4j, { type Node, type Path, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import type { NodeValue, RelationshipValue } from '../embedded/kuzu-values.ts';
import { toEdgeId } from '../graph-reads.ts';
import type { GraphEdge, GraphNode } from '../graph-store.ts';

/**
 * Parameters as Neo4j should receive them: whole numbers become driver Integers, because the
 * driver sends every JS number as a float, which `LIMIT $limit` refuses and which would store
 * counts and offsets as 3.0; undefined becomes null, because the driver drops it and the
 * server then reports the parameter as missing.
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return toNeo4jValue(params) as Record<string, unknown>;
}

function toNeo4jValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (isPlainObject(value)) return mapValues(value, toNeo4jValue);
  return value;
}

/** Plain values for the app's own queries: numbers for Integers, ISO text for dates and times. */
export function toPlainValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return neo4j.integer.toNumber(value);
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (isTemporalOrPoint(value)) return String(value);
  if (isPlainObject(value)) return mapValues(value, toPlainValue);
  return value;
}

/** One result record as a row of plain values. */
export function toPlainRow(record: Neo4jRecord): Record<string, unknown> {
  return Object.fromEntries(record.keys.map((key) => [String(key), toPlainValue(record.get(key))]));
}

/**
 * Collects nodes and relationships from a user's result rows and rewrites them in the shape both
 * backends answer with. Relationship ends are our stable `id`s: Neo4j names them by element id, so
 * ends not seen among the rows are looked up through `resolveEnds` in `finish`.
 */
export class Neo4jGraphCollector {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  private readonly idByElementId = new Map<string, string>();
  private readonly pending: { rel: Relationship; value: RelationshipValue }[] = [];

  /** Converts one cell, remembering graph elements; call `finish` once all rows are seen. */
  convert(value: unknown): unknown {
    if (neo4j.isNode(value)) return this.convertNode(value);
    if (neo4j.isRelationship(value)) return this.convertRelationship(value);
    if (neo4j.isPath(value)) return this.convertPath(value);
    if (Array.isArray(value)) return value.map((inner) => this.convert(inner));
    if (isPlainObject(value)) return mapValues(value, (inner) => this.convert(inner));
    return toPlainValue(value);
  }

  private convertNode(node: Node): NodeValue {
    const properties = toPlainValue(node.properties) as Record<string, unknown>;
    const id = typeof properties.id === 'string' ? properties.id : node.elementId;
    this.idByElementId.set(node.elementId, id);
    const name = String(properties.name ?? properties.title ?? properties.text ?? id);
    this.nodes.set(id, { id, label: node.labels[0] ?? '', name, properties });
    return { id, labels: [...node.labels], properties };
  }

  private convertRelationship(rel: Relationship): RelationshipValue {
    const properties = toPlainValue(rel.properties) as Record<string, unknown>;
    // start, end and id are provisional until `finish` knows the ends' stable ids
    const value = { id: rel.elementId, type: rel.type, start: rel.startNodeElementId, end: rel.endNodeElementId, properties };
    this.pending.push({ rel, value });
    return value;
  }

  private convertPath(path: Path): { nodes: unknown[]; relationships: unknown[] } {
    return {
      nodes: [path.start, ...path.segments.map((segment) => segment.end)].map((node) => this.convert(node)),
      relationships: path.segments.map((segment) => this.convert(segment.relationship)),
    };
  }

  /** Resolves relationship ends to stable ids, fixes up the values already returned and keeps drawable edges. */
  async finish(resolveEnds: (elementIds: string[]) => Promise<Map<string, string>>): Promise<void> {
    const ends = this.pending.flatMap(({ rel }) => [rel.startNodeElementId, rel.endNodeElementId]);
    const missing = [...new Set(ends)].filter((elementId) => !this.idByElementId.has(elementId));
    if (missing.length > 0) {
      for (const [elementId, id] of await resolveEnds(missing)) this.idByElementId.set(elementId, id);
    }
    for (const { rel, value } of this.pending) {
      value.start = this.idByElementId.get(rel.startNodeElementId) ?? rel.startNodeElementId;
      value.end = this.idByElementId.get(rel.endNodeElementId) ?? rel.endNodeElementId;
      value.id = toEdgeId(value.type, value.start, value.end, value.properties);
      if (this.nodes.has(value.start) && this.nodes.has(value.end)) {
        this.edges.set(value.id, { id: value.id, type: value.type, source: value.start, target: value.end, properties: value.properties });
      }
    }
  }
}

function isTemporalOrPoint(value: unknown): boolean {
  const { temporal, spatial } = neo4j;
  return [temporal.isDate, temporal.isDateTime, temporal.isLocalDateTime, temporal.isTime, temporal.isLocalTime, temporal.isDuration, spatial.isPoint].some(
    (isKind) => isKind(value),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function mapValues(value: Record<string, unknown>, convert: (inner: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)]));
}
