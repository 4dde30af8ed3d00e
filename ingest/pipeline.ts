import { AppError } from '../model/errors.ts';

/** One step of the extraction: a name for reports and a pure function of its input. */
export interface Stage<Input, Output, Context> {
  name: string;
  run: (input: Input, ctx: Context) => Output;
}

/** Thrown when a stage fails; says which one, keeping the original error as its cause. */
export class StageError extends AppError {
  constructor(readonly stage: string, cause: unknown) {
    super('INGEST_STAGE_FAILED', `stage ${stage} failed: ${cause instanceof Error ? cause.message : String(cause)}`, 500, { cause });
  }
}

/** Runs one stage, turning any error into a StageError that names it. */
export function runStage<Input, Output, Context>(stage: Stage<Input, Output, Context>, input: Input, ctx: Context): Output {
  try {
    return stage.run(input, ctx);
  } catch (error) {
    if (error instanceof StageError) throw error;
    throw new StageError(stage.name, error);
  }
}
