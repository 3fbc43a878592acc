// The Node floor: a minimal client that spawns the CLI, writes JSON-RPC frames and waits for session.idle, with no
// SDK logic. Its reader answers permission.requested (approve once) and external_tool.requested (the echoed text).
// Usage: node raw-worker.mjs <config.json> [--startup]
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { CLI_ARGS, SIMPLE_PROMPT, TOOL_PROMPT, TOOL_NAME, TOOL_DESCRIPTION, TOOL_SCHEMA, answer, commandLoop,
  describe, now, readConfig, startupOnly } from "./common.mjs";

const config = readConfig();
const start = now();
const cli = spawn(config.cli, CLI_ARGS, { cwd: config.cwd, env: config.env, stdio: ["pipe", "pipe", "pipe"] });
cli.stderr.resume();

let nextId = 1;
const pending = new Map();
const turns = new Map();

function write(message) {
  const body = Buffer.from(JSON.stringify(message), "utf8");
  cli.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  cli.stdin.write(body);
}

function request(method, params) {
  const id = nextId++;
  write({ jsonrpc: "2.0", id, method, params });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

let buffer = Buffer.alloc(0);
cli.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) return;
    const match = /Content-Length:\s*(\d+)/i.exec(buffer.subarray(0, headerEnd).toString("ascii"));
    const length = Number(match[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length);
    buffer = buffer.subarray(headerEnd + 4 + length);
    dispatch(JSON.parse(body.toString("utf8")));
  }
});
cli.on("exit", (code) => {
  const failure = new Error(`CLI exited with code ${code}`);
  for (const { reject } of pending.values()) reject(failure);
  for (const turn of turns.values()) turn.reject(failure);
});

function dispatch(message) {
  if (message.method === undefined) {
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(JSON.stringify(message.error)));
    else waiter.resolve(message.result);
    return;
  }
  if (message.id !== undefined) {
    write({ jsonrpc: "2.0", id: message.id, error: { code: -32601, message: `Unhandled method ${message.method}` } });
    return;
  }
  if (message.method !== "session.event") return;
  const { sessionId, event } = message.params;
  const data = event.data ?? {};
  const turn = turns.get(sessionId);
  switch (event.type) {
    case "permission.requested":
      request("session.permissions.handlePendingPermissionRequest",
        { sessionId, requestId: data.requestId, result: { kind: "approve-once" } });
      break;
    case "external_tool.requested":
      request("session.tools.handlePendingToolCall",
        { sessionId, requestId: data.requestId, result: String(data.arguments?.text) });
      break;
    case "assistant.message":
      if (turn && data.parentToolCallId == null) turn.content = data.content;
      break;
    case "session.idle":
      if (turn) turn.resolve(turn.content ?? "");
      break;
    case "session.error":
      if (turn) turn.reject(new Error(JSON.stringify(data)));
      break;
  }
}

async function createSession() {
  const sessionId = randomUUID();
  await request("session.create", {
    sessionId, model: config.model, streaming: true, requestPermission: true, envValueMode: "direct",
    includeSubAgentStreamingEvents: true,
    provider: { type: "openai", baseUrl: config.baseUrl, apiKey: config.apiKey },
    tools: [{ name: TOOL_NAME, description: TOOL_DESCRIPTION, parameters: TOOL_SCHEMA }],
  });
  return sessionId;
}

async function timedTurn(sessionId, prompt) {
  const turnStart = now();
  const done = new Promise((resolve, reject) => turns.set(sessionId, { resolve, reject }));
  await request("session.send", { sessionId, prompt });
  const content = await done;
  const ms = now() - turnStart;
  turns.delete(sessionId);
  return { ms, content };
}

async function stop() {
  const exited = new Promise((resolve) => cli.once("exit", resolve));
  cli.stdin.end();
  const timer = setTimeout(() => cli.kill("SIGKILL"), 10000);
  await exited;
  clearTimeout(timer);
}

try {
  await request("ping", { message: "hello" });
  const pingMs = now() - start;
  await request("connect", {});
  const connectMs = now() - start;
  if (startupOnly) {
    answer({ ok: true, pingMs, connectMs });
  } else {
    const sessionsStart = now();
    const simpleSession = await createSession();
    const firstSessionMs = now() - sessionsStart;
    const toolSession = await createSession();
    answer({ ok: true, pingMs, connectMs, firstSessionMs });
    await commandLoop({
      turn: () => timedTurn(simpleSession, SIMPLE_PROMPT),
      tool: () => timedTurn(toolSession, TOOL_PROMPT),
    });
  }
} catch (error) {
  answer({ ok: false, error: describe(error) });
} finally {
  await stop();
}
