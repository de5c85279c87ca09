// A scripted MCP client on the official TypeScript SDK, used by mcpshield's
// e2e tests: it starts `SHIELD run -- node EVERYTHING stdio` over stdio and
// exercises tools, resources, prompts, progress, logging and sampling.
// Usage: node ts-client.mjs SHIELD EVERYTHING_INDEX_JS
// Prints one "ok <step>" line per passed step; exits non-zero on failure.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import {
  CreateMessageRequestSchema,
  LoggingMessageNotificationSchema,
} from "@modelcontextprotocol/sdk/types.js";

const [shield, everything] = process.argv.slice(2);
const fail = (msg) => { console.error("FAIL " + msg); process.exit(1); };
const ok = (step) => console.log("ok " + step);

const client = new Client({ name: "e2e-ts-client", version: "1.0.0" }, { capabilities: { sampling: {} } });
let sampledPrompt = null;
client.setRequestHandler(CreateMessageRequestSchema, async (req) => {
  sampledPrompt = req.params.messages[0]?.content?.text ?? "";
  return { model: "test-model", role: "assistant", content: { type: "text", text: "sampled answer" } };
});
let logs = 0;
client.setNotificationHandler(LoggingMessageNotificationSchema, () => { logs++; });

const transport = new StdioClientTransport({ command: shield, args: ["run", "--", "node", everything, "stdio"], stderr: "inherit" });
const timer = setTimeout(() => fail("timed out"), 90_000);
try {
  await client.connect(transport);
  ok("initialize " + client.getServerVersion()?.name);

  const { tools } = await client.listTools();
  for (const name of ["echo", "get-sum", "trigger-long-running-operation", "trigger-sampling-request"]) {
    if (!tools.some((t) => t.name === name)) fail("tools/list lacks " + name);
  }
  ok("tools/list " + tools.length);

  const echo = await client.callTool({ name: "echo", arguments: { message: "hi from ts" } });
  if (!JSON.stringify(echo.content).includes("hi from ts")) fail("echo: " + JSON.stringify(echo));
  ok("tools/call echo");

  let progress = 0;
  await client.callTool(
    { name: "trigger-long-running-operation", arguments: { duration: 1, steps: 3 } },
    undefined,
    { onprogress: () => { progress++; } },
  );
  if (progress === 0) fail("no progress notifications");
  ok("progress " + progress);

  const sampled = await client.callTool({ name: "trigger-sampling-request", arguments: { prompt: "say hi", maxTokens: 10 } });
  if (!sampledPrompt?.includes("say hi")) fail("sampling request not seen: " + sampledPrompt);
  if (!JSON.stringify(sampled.content).includes("sampled answer")) fail("sampling result: " + JSON.stringify(sampled));
  ok("sampling");

  const { resources } = await client.listResources();
  if (!resources.length) fail("no resources");
  const read = await client.readResource({ uri: resources[0].uri });
  if (!read.contents.length) fail("empty resource");
  ok("resources/read");

  const prompt = await client.getPrompt({ name: "simple-prompt" });
  if (!prompt.messages.length) fail("empty prompt");
  ok("prompts/get");

  await client.setLoggingLevel("debug");
  await client.callTool({ name: "toggle-simulated-logging", arguments: {} });
  const deadline = Date.now() + 20_000;
  while (logs === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (logs === 0) fail("no logging notifications");
  ok("logging " + logs);

  await client.close();
  ok("closed");
} catch (e) {
  fail(e?.stack ?? String(e));
} finally {
  clearTimeout(timer);
}
