import { NODE_TABLES } from '../../model/graph-model.ts';
import { toEdgeId } from '../graph-reads.ts';
import type { GraphEdge, GraphNode } from '../graph-store.ts';

/** The embedded store's internal address of a node or relationship. */
interface InternalId {
  table: number;
  offset: number;
}

interface KuzuNode {
  _label: string;
  _id: InternalId;
  [property: string]: unknown;
}

interface KuzuRel {
  _label: string;
  _id: InternalId;
  _src: InternalId;
  _dst: InternalId;
  [property: string]: unknown;
}

interface KuzuPath {
  _nodes: unknown[];
  _rels: unknown[];
}

/** A node as the Cypher endpoint answers it on both backends. */
export interface NodeValue {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** A relationship as the Cypher endpoint answers it on both backends. */
export interface RelationshipValue {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export function isKuzuNode(value: unknown): value is KuzuNode {
  return isObject(value) && '_label' in value && '_id' in value && !('_src' in value);
}

export function isKuzuRel(value: unknown): value is KuzuRel {
  return isObject(value) && '_label' in value && '_src' in value && '_dst' in value;
}

export function isKuzuPath(value: unknown): value is KuzuPath {
  return isObject(value) && Array.isArray(value._nodes) && Array.isArray(value._rels);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function internalKey(id: InternalId): string {
  return `${id.table}:${id.offset}`;
}

/** Plain values for the app's own queries: numbers for INT64, properties without internals. */
export function toPlainValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (value instanceof Date) return value.toISOString();
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (!key.startsWith('_')) out[key] = toPlainValue(inner);
    }
    return out;
  }
  return value;
}

/**
 * Collects nodes and relationships from a user's result rows and rewrites them in the shape both
 * backends answer with. Relationship ends are our stable ids, looked up through `resolveEnd` when a
 * row holds the relationship without its end nodes.
 */
export class KuzuGraphCollector {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  private readonly idByInternal = new Map<string, string>();
  private readonly pendingRels: KuzuRel[] = [];

  /** Converts one cell, remembering graph elements; call `finish` once all rows are seen. */
  convert(value: unknown): unknown {
    if (typeof value === 'bigint') return Number(value);
    if (Array.isArray(value)) return value.map((inner) => this.convert(inner));
    if (isKuzuPath(value)) {
      return { nodes: value._nodes.map((n) => this.convert(n)), relationships: value._rels.map((r) => this.convert(r)) };
    }
    if (isKuzuNode(value)) return this.convertNode(value);
    if (isKuzuRel(value)) return this.convertRel(value);
    return toPlainValue(value);
  }

  private convertNode(node: KuzuNode): NodeValue {
    const properties = ownProperties(node._label, toPlainValue(node) as Record<string, unknown>);
    const id = String(properties.id ?? internalKey(node._id));
    this.idByInternal.set(internalKey(node._id), id);
    this.nodes.set(id, { id, label: node._label, name: String(properties.name ?? properties.title ?? properties.text ?? id), properties });
    return { id, labels: [node._label], properties };
  }

  private convertRel(rel: KuzuRel): RelationshipValue {
    this.pendingRels.push(rel);
    const properties = withoutNulls(toPlainValue(rel) as Record<string, unknown>);
    return {
      id: `${rel._label}:${internalKey(rel._id)}`,
      type: rel._label,
      start: internalKey(rel._src),
      end: internalKey(rel._dst),
      properties,
    };
  }

  /** Resolves relationship ends to stable ids and fixes up the values already returned. */
  async finish(rows: Record<string, unknown>[], resolveEnd: (id: InternalId) => Promise<string | null>): Promise<void> {
    for (const rel of this.pendingRels) {
      for (const end of [rel._src, rel._dst]) {
        const key = internalKey(end);
        if (!this.idByInternal.has(key)) {
          const id = await resolveEnd(end);
          if (id) this.idByInternal.set(key, id);
        }
      }
      const source = this.idByInternal.get(internalKey(rel._src));
      const target = this.idByInternal.get(internalKey(rel._dst));
      if (!source || !target) continue;
      const properties = withoutNulls(toPlainValue(rel) as Record<string, unknown>);
      const id = toEdgeId(rel._label, source, target, properties);
      if (this.nodes.has(source) && this.nodes.has(target)) {
        this.edges.set(id, { id, type: rel._label, source, target, properties });
      }
    }
    const fix = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(fix);
      if (!isObject(value)) return;
      if (typeof value.start === 'string' && typeof value.type === 'string' && 'end' in value) {
        value.start = this.idByInternal.get(value.start) ?? value.start;
        value.end = this.idByInternal.get(String(value.end)) ?? value.end;
        value.id = toEdgeId(String(value.type), String(value.start), String(value.end), value.properties as Record<string, unknown>);
      }
      Object.values(value).forEach(fix);
    };
    rows.forEach(fix);
  }
}

/** The columns of each node table: the model's, so a store opened by an older version reads the same. */
const COLUMNS_BY_LABEL = new Map(NODE_TABLES.map((table) => [table.label as string, new Set(Object.keys(table.properties))]));

/**
 * A node matched without a label (`MATCH (n)`) comes back with every table's columns, other labels'
 * as nulls; Neo4j has no null properties at all. The node keeps its own label's properties that hold a value.
 */
function ownProperties(label: string, properties: Record<string, unknown>): Record<string, unknown> {
  const columns = COLUMNS_BY_LABEL.get(label);
  return Object.fromEntries(
    Object.entries(properties).filter(([key, value]) => value !== null && value !== undefined && (!columns || columns.has(key))),
  );
}

function withoutNulls(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null && value !== undefined));
}
