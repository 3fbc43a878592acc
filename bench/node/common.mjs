// What both Node contenders share: the worker's configuration, the command loop and the answer lines.
// The orchestrator (copilot-benchmarks) writes one command per line to standard input and reads one line
// "BENCH <json>" per command from standard output; timings are taken here, so its pipes are not measured.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

export const SIMPLE_PROMPT = "What is 1+1?";
export const TOOL_PROMPT = "Call echo_tool with text hello";
export const TOOL_NAME = "echo_tool";
export const TOOL_DESCRIPTION = "Echoes the given text back";
export const TOOL_SCHEMA = { type: "object", properties: { text: { type: "string" } }, required: ["text"] };
export const CLI_ARGS = ["--headless", "--no-auto-update", "--log-level", "info", "--stdio", "--no-auto-login"];

export function readConfig() {
  return JSON.parse(readFileSync(process.argv[2], "utf8"));
}

export const startupOnly = process.argv[3] === "--startup";

export const now = () => Number(process.hrtime.bigint()) / 1e6;

export function answer(object) {
  process.stdout.write("BENCH " + JSON.stringify(object) + "\n");
}

export function describe(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Answers each command line with handlers[command](), until "quit" or the end of input. */
export async function commandLoop(handlers) {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    const command = line.trim();
    if (command === "") continue;
    if (command === "quit") break;
    const handler = handlers[command];
    try {
      if (!handler) throw new Error(`Unknown command ${command}`);
      answer({ ok: true, ...(await handler()) });
    } catch (error) {
      answer({ ok: false, error: describe(error) });
    }
  }
  lines.close();
}
