import { z } from 'zod';
import type { EdgeType, NodeLabel } from '../../model/graph-model.ts';
import { toRowDecoder } from '../cypher/row-decoder.ts';

/** The columns a stored node or relationship table has, by name: a store an earlier version wrote may lack some of the model's. */
export const toTableColumnsQuery = (table: NodeLabel | EdgeType) => `CALL table_info('${table}') RETURN name`;
export const decodeTableColumns = toRowDecoder('tableColumns', { name: z.string() });

/** Every table's internal number and name: the engine names a node only by the two. */
export const SHOW_TABLES = 'CALL show_tables() RETURN id, name';
export const decodeShowTables = toRowDecoder('showTables', { id: z.number(), name: z.string() });

/** Our stable id of the node at an internal offset of one table; the table comes from SHOW_TABLES, never from input. */
export const toNodeAtOffsetQuery = (table: string) => `MATCH (n:${table}) WHERE offset(id(n)) = $offset RETURN n.id AS id`;
export const decodeNodeAtOffset = toRowDecoder('nodeAtOffset', { id: z.string() });
