// `claimex schema`: the JSON Schema of claimex/v1, generated from the zod schema.
import { documentJsonSchema } from "../../schema.js";
import { writeAll } from "../output.js";

export async function runSchema(): Promise<number> {
  await writeAll(process.stdout, JSON.stringify(documentJsonSchema(), null, 2) + "\n");
  return 0;
}
