// The official Node SDK contender (@github/copilot-sdk): one client on the run's CLI binary, two sessions.
// Usage: node sdk-worker.mjs <config.json> [--startup]
import { CopilotClient, RuntimeConnection, approveAll, defineTool } from "@github/copilot-sdk";
import { SIMPLE_PROMPT, TOOL_PROMPT, TOOL_NAME, TOOL_DESCRIPTION, TOOL_SCHEMA, answer, commandLoop, describe, now,
  readConfig, startupOnly } from "./common.mjs";

const config = readConfig();
const start = now();
const client = new CopilotClient({
  connection: RuntimeConnection.forStdio({ path: config.cli, env: config.env }),
  workingDirectory: config.cwd,
  logLevel: "info",
  useLoggedInUser: false,
});

const echoTool = defineTool(TOOL_NAME, {
  description: TOOL_DESCRIPTION,
  parameters: TOOL_SCHEMA,
  handler: (args) => String(args.text),
});
const sessionConfig = () => ({
  model: config.model,
  provider: { type: "openai", baseUrl: config.baseUrl, apiKey: config.apiKey },
  streaming: true,
  onPermissionRequest: approveAll,
  tools: [echoTool],
});

async function timedTurn(session, prompt) {
  const turnStart = now();
  const message = await session.sendAndWait(prompt, 60000);
  const ms = now() - turnStart;
  return { ms, content: message?.data?.content ?? "" };
}

try {
  await client.start();
  const connectMs = now() - start;
  if (startupOnly) {
    answer({ ok: true, connectMs });
  } else {
    const sessionsStart = now();
    const simpleSession = await client.createSession(sessionConfig());
    const firstSessionMs = now() - sessionsStart;
    const toolSession = await client.createSession(sessionConfig());
    answer({ ok: true, connectMs, firstSessionMs });
    await commandLoop({
      turn: () => timedTurn(simpleSession, SIMPLE_PROMPT),
      tool: () => timedTurn(toolSession, TOOL_PROMPT),
    });
  }
} catch (error) {
  answer({ ok: false, error: describe(error) });
} finally {
  await client.stop();
}
process.exit(0);
