import { z } from 'zod';

/**
 * The schemas the OpenAPI document names under `components.schemas`, each with its id. Answers
 * that share one of these refer to it rather than repeating it.
 */
export const apiComponents = z.registry<{ id: string }>();
